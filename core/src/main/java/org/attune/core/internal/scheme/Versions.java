package org.attune.core.internal.scheme;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Orders version strings as people read them: {@code 2022 > 2015}, {@code 1.10 > 1.9}, ignoring case. */
public final class Versions {

    /** The version comparator. */
    public static final Comparator<String> ORDER = Versions::compare;

    private Versions() {
    }

    static int compare(String a, String b) {
        List<String> x = chunks(a);
        List<String> y = chunks(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            String p = x.get(i);
            String q = y.get(i);
            boolean pn = Character.isDigit(p.charAt(0));
            boolean qn = Character.isDigit(q.charAt(0));
            int c;
            if (pn && qn) {
                c = new BigInteger(p).compareTo(new BigInteger(q));
            } else if (pn != qn) {
                c = pn ? 1 : -1; // a number sorts after a word: 2015 > draft
            } else {
                c = p.toLowerCase(Locale.ROOT).compareTo(q.toLowerCase(Locale.ROOT));
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    /** Runs of digits and runs of other characters, separators dropped. */
    private static List<String> chunks(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Boolean digits = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '.' || ch == '-' || ch == '_') {
                flush(run, out);
                digits = null;
                continue;
            }
            boolean d = Character.isDigit(ch);
            if (digits != null && d != digits) {
                flush(run, out);
            }
            digits = d;
            run.append(ch);
        }
        flush(run, out);
        return out;
    }

    private static void flush(StringBuilder run, List<String> out) {
        if (run.length() > 0) {
            out.add(run.toString());
            run.setLength(0);
        }
    }
}
