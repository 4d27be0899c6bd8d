package org.attune.annotator.keys;

import java.awt.event.InputEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.KeyStroke;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;

/**
 * The keys of a scheme's codes. A code's key is the one its scheme suggests ({@link Code#key()}); since plain
 * digits rate the selected coding, a code whose suggested key is a digit (3RS withdrawal markers W1–W7) gets
 * Shift with it.
 */
public final class CodeKeys {

    private CodeKeys() {
    }

    /** The stable command id of a code, e.g. {@code code.3rs.C2}. */
    public static String commandId(CodingScheme scheme, Code code) {
        return "code." + scheme.id() + "." + code.id();
    }

    /** The default key of a code, or null when the scheme suggests none. */
    public static KeyStroke defaultKey(Code code) {
        String k = code.key().strip();
        if (k.length() != 1) {
            return k.isEmpty() ? null : KeyStroke.getKeyStroke(k);
        }
        char c = Character.toUpperCase(k.charAt(0));
        if (Character.isDigit(c)) {
            return KeyStroke.getKeyStroke(c, InputEvent.SHIFT_DOWN_MASK);
        }
        return Character.isLetter(c) ? KeyStroke.getKeyStroke(c, 0) : null;
    }

    /**
     * Gives each code of the scheme its default key (registering the code's command when new). Codes whose key is
     * taken are left without one; the returned list says which (shown to the user).
     */
    public static List<String> registerAll(ShortcutRegistry registry, CodingScheme scheme) {
        List<String> problems = new ArrayList<>();
        scheme.codes().forEach(code -> {
            String id = commandId(scheme, code);
            try {
                if (registry.find(id).isPresent()) {
                    registry.remap(id, registry.preferredKey(id, defaultKey(code)));
                } else {
                    registry.register(id, code.id() + " " + code.label(), Shortcut.Scope.CODING, defaultKey(code));
                }
            } catch (ShortcutRegistry.CollisionException e) {
                problems.add(e.getMessage());
            }
        });
        return problems;
    }

    /** Takes the keys away from a scheme's codes (before another scheme's codes get theirs). */
    public static void releaseAll(ShortcutRegistry registry, CodingScheme scheme) {
        scheme.codes().forEach(code -> registry.find(commandId(scheme, code))
                .ifPresent(s -> registry.remap(s.id(), null)));
    }
}
