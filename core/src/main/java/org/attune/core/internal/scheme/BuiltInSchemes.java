package org.attune.core.internal.scheme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The scheme files shipped as resources, read once (they are immutable values). */
public final class BuiltInSchemes {

    /** The resources under {@code org/attune/core/scheme/}, in the order the registry lists them. */
    static final List<String> FILES = List.of("3rs-2015.xml", "3rs-2022.xml", "cis-r-2019.xml", "stages-2000.xml");

    private static final String FOLDER = "/org/attune/core/scheme/";

    private BuiltInSchemes() {
    }

    private static final class Holder {
        static final List<SchemeCodec.Loaded> ALL = load();
    }

    /** The built-in schemes, each with its default mark. */
    public static List<SchemeCodec.Loaded> all() {
        return Holder.ALL;
    }

    private static List<SchemeCodec.Loaded> load() {
        List<SchemeCodec.Loaded> out = new ArrayList<>();
        for (String name : FILES) {
            try (InputStream in = BuiltInSchemes.class.getResourceAsStream(FOLDER + name)) {
                if (in == null) {
                    throw new IllegalStateException("built-in scheme " + name + " is missing from the classpath");
                }
                out.add(SchemeCodec.read(in.readAllBytes(), "built-in " + name));
            } catch (IOException e) {
                // a broken built-in is a bug of the build, not of the user's input
                throw new UncheckedIOException("cannot read built-in scheme " + name + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }
}
