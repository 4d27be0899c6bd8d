package org.attune.elan.descriptor;

import java.util.List;
import java.util.Objects;

/**
 * A parameter a recognizer declares in its CMDI descriptor; ELAN shows a control for each and sends the values on
 * standard input, in declaration order. ELAN drops a parameter without {@code info}, a number parameter whose
 * {@code min} is not below {@code max}, and a file parameter of an unknown type.
 */
public sealed interface Param permits Param.TierInput, Param.FileInput, Param.TierOutput, Param.Number, Param.Choice {

    /** The id: the name ELAN sends the value under. */
    String id();

    /** What ELAN shows beside the control. */
    String info();

    /** An {@code input type="tier"}: ELAN writes the chosen tier to a file and sends its path. */
    record TierInput(String id, String info, boolean optional) implements Param {
        public TierInput {
            check(id, info);
        }
    }

    /** An {@code input type="auxiliary"}: a file the user picks. */
    record FileInput(String id, String info, boolean optional, List<String> mimeTypes) implements Param {
        public FileInput {
            check(id, info);
            mimeTypes = List.copyOf(mimeTypes);
        }
    }

    /** An {@code output type="tier"}: the file the recognizer writes its tiers to. */
    record TierOutput(String id, String info) implements Param {
        public TierOutput {
            check(id, info);
        }
    }

    /** A {@code numparam}: ELAN sends it as a float (e.g. {@code 5.0}). */
    record Number(String id, String info, double min, double max, double defaultValue, boolean integer)
            implements Param {
        public Number {
            check(id, info);
            if (!(min < max) || defaultValue < min || defaultValue > max) {
                throw new IllegalArgumentException(id + ": need min < max and the default between them");
            }
        }
    }

    /** A {@code textparam}, with the choices ELAN offers ({@code convoc}) when not empty. */
    record Choice(String id, String info, String defaultValue, List<String> choices) implements Param {
        public Choice {
            check(id, info);
            choices = List.copyOf(choices);
            for (String c : choices) {
                if (c.isBlank() || c.chars().anyMatch(Character::isWhitespace)) {
                    throw new IllegalArgumentException(id + ": a choice may not hold blanks (convoc is split on them)");
                }
            }
        }
    }

    private static void check(String id, String info) {
        Objects.requireNonNull(id, "id");
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a parameter id has no blanks: '" + id + "'");
        }
        if (info == null || info.isBlank()) {
            throw new IllegalArgumentException(id + ": ELAN drops a parameter without info");
        }
    }
}
