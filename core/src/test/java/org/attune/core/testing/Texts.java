package org.attune.core.testing;

import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Arbitrary values for EAF attributes and texts: every character XML 1.0 can hold, with the ones that need
 * escaping ({@code & < > " '}), tabs, CR and LF, and characters outside the Basic Multilingual Plane often.
 */
public final class Texts {

    /** Pieces that writers and parsers get wrong: escapes, white space they normalise, surrogate pairs. */
    private static final List<String> TRICKY = List.of("&", "<", ">", "\"", "'", "\t", "\r", "\n", "\r\n", " ",
            "  ", "]]>", "&amp;", "&#10;", "é", "ß", "中文", "😀", "𝄞", "\u00A0", "\u2028", "\u0085", "\uFFFD", "a",
            "Z", "0", "-");

    private Texts() {
    }

    /** Any text, including the empty one. */
    public static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(TRICKY).list().ofMaxSize(8).map(pieces -> String.join("", pieces))),
                Tuple.of(2, Arbitraries.strings().withCharRange('a', 'z').withChars(' ').ofMaxLength(16)),
                Tuple.of(1, Arbitraries.strings().withCharRange('\u0020', '\uD7FF').withCharRange('\uE000', '\uFFFD')
                        .withChars('\t', '\n', '\r').ofMaxLength(10)));
    }

    /** A text, or null for an absent optional attribute. */
    public static Arbitrary<String> optionalText() {
        return text().injectNull(0.3);
    }

    /**
     * A value the schema accepts as {@code xsd:anyURI}: absolute, relative or empty, with spaces and non-ASCII
     * letters (which anyURI allows) but no {@code %}, {@code #} or brackets (which it restricts).
     */
    public static Arbitrary<String> uri() {
        Arbitrary<String> start = Arbitraries.of("file:///", "file:///C:/Users/", "http://example.org/", "./", "../",
                "");
        // a separator only after a name: "" + "//" would be an empty authority, which anyURI refuses
        Arbitrary<String> path = Arbitraries.of("a", "b", "z", "0", " ", "é", "中", "_", "-", "(", ")", "a/", "é/")
                .list().ofMaxSize(10).map(pieces -> String.join("", pieces));
        Arbitrary<String> end = Arbitraries.of(".wav", ".mp4", ".eaf", ".ecv", "");
        return Combinators.combine(start, path, end).as((s, p, e) -> s + p + e);
    }

    /** An optional URI. */
    public static Arbitrary<String> optionalUri() {
        return uri().injectNull(0.4);
    }

    /**
     * A valid {@code xsd:dateTime}: years 1 to 99999 (XML Schema 1.0 has no year 0), with or without fractional
     * seconds, with or without a time zone ({@code Z} or an offset up to ±14:00).
     */
    public static Arbitrary<String> dateTime() {
        Arbitrary<Integer> years = Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.integers().between(1, 9999)),
                Tuple.of(1, Arbitraries.integers().between(10000, 99999)));
        Arbitrary<Integer> months = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> days = Arbitraries.integers().between(1, 31);
        Arbitrary<Integer> seconds = Arbitraries.integers().between(0, 86399);
        Arbitrary<String> fraction = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9)
                .map(f -> "." + f).injectNull(0.6);
        return Combinators.combine(years, months, days, seconds, fraction, zone())
                .as((y, mo, d, s, f, z) -> {
                    int day = Math.min(d, YearMonth.of(y, mo).lengthOfMonth());
                    return String.format("%04d-%02d-%02dT%02d:%02d:%02d", y, mo, day, s / 3600, s / 60 % 60, s % 60)
                            + (f == null ? "" : f) + z;
                });
    }

    private static Arbitrary<String> zone() {
        Arbitrary<String> offsets = Combinators.combine(Arbitraries.integers().between(-14, 14),
                Arbitraries.of(0, 15, 30, 45)).as((h, m) -> {
                    int minutes = Math.abs(h) == 14 ? 0 : m;
                    return (h < 0 ? "-" : "+") + String.format("%02d:%02d", Math.abs(h), minutes);
                });
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.just("Z"), offsets);
    }
}
