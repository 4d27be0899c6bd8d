package org.attune.search.query;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A regular expression of a query ({@code ~}): RE2 syntax, matched by RE2/J in time linear in the length of the
 * text, so that no expression can make a search hang. Syntax that only a backtracking engine can run
 * (back-references, look-around, possessive quantifiers, atomic groups) is refused with its position, and so is an
 * expression whose repetitions would expand to more than {@link #MAX_SIZE} steps (RE2/J would exhaust memory
 * compiling {@code ((a{1000}){1000}){1000}}).
 */
final class Regex {
    /** The most steps an expression may compile to, its repetitions expanded (x{1000} is about a thousand). */
    static final int MAX_SIZE = 10_000;

    private static final int CACHE_LIMIT = 1_000;
    private static final Map<String, Regex> CACHE = new ConcurrentHashMap<>();

    /**
     * What is wrong with an expression.
     *
     * @param offset  where, as an index into the expression
     * @param message what, in words
     */
    record Problem(int offset, String message) {
    }

    private final Pattern pattern;

    private Regex(Pattern pattern) {
        this.pattern = pattern;
    }

    /** The compiled expression, shared by every caller; {@code source} must have no {@link #problem}. */
    static Regex of(String source) {
        Regex r = CACHE.get(source);
        if (r == null) {
            Problem p = problem(source);
            if (p != null) {
                throw new IllegalArgumentException(p.message());
            }
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            r = new Regex(Pattern.compile(source));
            CACHE.put(source, r);
        }
        return r;
    }

    /** Whether the expression is found anywhere in {@code text}. */
    boolean foundIn(CharSequence text) {
        return pattern.matcher(text).find();
    }

    /** What is wrong with {@code source}, or null when it compiles. */
    static Problem problem(String source) {
        Problem size = size(source);
        if (size != null) {
            return size;
        }
        try {
            Pattern.compile(source);
            return null;
        } catch (PatternSyntaxException e) {
            return explain(source, e);
        }
    }

    private static Problem explain(String source, PatternSyntaxException e) {
        String fragment = e.getPattern() == null ? "" : e.getPattern();
        String description = e.getDescription();
        int at = Math.max(0, fragment.isEmpty() ? 0 : source.indexOf(fragment));
        String unsupported = null;
        String shown = fragment;
        if (fragment.matches("\\\\[1-9][0-9]*")) {
            unsupported = "back-references";
        } else if (fragment.startsWith("\\k")) {
            unsupported = "back-references";
            int close = source.indexOf('>', at);
            shown = close > at ? source.substring(at, close + 1) : fragment;
        } else if (fragment.startsWith("(?=") || fragment.startsWith("(?!")) {
            unsupported = "look-ahead";
            shown = fragment.substring(0, 3) + "...)";
        } else if (fragment.startsWith("(?<=") || fragment.startsWith("(?<!")) {
            unsupported = "look-behind";
            shown = fragment.substring(0, 4) + "...)";
        } else if (fragment.startsWith("(?>")) {
            unsupported = "atomic groups";
            shown = "(?>...)";
        } else if (description.contains("nested repetition") && fragment.endsWith("+")) {
            unsupported = "possessive quantifiers";
        }
        if (unsupported != null) {
            boolean plural = unsupported.endsWith("s");
            String named = shown.startsWith("(") ? " " + shown : " (" + shown + ")";
            return new Problem(at, unsupported + named + " " + (plural ? "are" : "is")
                    + " not supported: query regular expressions use RE2 syntax, which runs in linear time "
                    + "(see docs/query-language.md)");
        }
        return new Problem(at, "bad regular expression: " + description + (fragment.isEmpty() ? "" : ": `" + fragment + "`"));
    }

    /**
     * An upper bound of the steps the expression compiles to, found by scanning it: each atom is one step, a group
     * is the sum of its parts, and a counted repetition multiplies what it repeats. Null when it is within
     * {@link #MAX_SIZE}; otherwise the problem, at the place where the bound was passed. Malformed syntax is
     * counted loosely and left to the compiler to report.
     */
    static Problem size(String s) {
        Deque<long[]> outer = new ArrayDeque<>(); // per open group: {sum before it, its start}
        long outerSum = 0;
        long sum = 0;
        long last = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            int start = i;
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char e = s.charAt(i + 1);
                if (e == 'Q') {
                    int end = s.indexOf("\\E", i + 2);
                    int stop = end < 0 ? n : end;
                    sum += Math.max(1, stop - (i + 2));
                    last = 1;
                    i = end < 0 ? n : end + 1;
                } else {
                    i++;
                    if ((e == 'p' || e == 'P' || e == 'x') && i + 1 < n && s.charAt(i + 1) == '{') {
                        int close = s.indexOf('}', i);
                        i = close < 0 ? n : close;
                    }
                    sum += 1;
                    last = 1;
                }
            } else if (c == '[') {
                int j = i + 1;
                if (j < n && s.charAt(j) == '^') {
                    j++;
                }
                if (j < n && s.charAt(j) == ']') {
                    j++;
                }
                while (j < n && s.charAt(j) != ']') {
                    if (s.charAt(j) == '\\') {
                        j += 2;
                    } else if (s.startsWith("[:", j)) {
                        int close = s.indexOf(":]", j + 2);
                        j = close < 0 ? j + 1 : close + 2;
                    } else {
                        j++;
                    }
                }
                i = j;
                sum += 1;
                last = 1;
            } else if (c == '(') {
                if (i + 1 < n && s.charAt(i + 1) == '?') {
                    int j = i + 2;
                    while (j < n && ":)>".indexOf(s.charAt(j)) < 0) {
                        j++;
                    }
                    if (j < n && s.charAt(j) == ')') {
                        i = j; // flags only, as (?i)
                        continue;
                    }
                    i = Math.min(j, n);
                }
                outer.push(new long[] {sum, outerSum});
                outerSum += sum;
                sum = 0;
                last = 0;
            } else if (c == ')' && !outer.isEmpty()) {
                long group = sum + 1;
                long[] saved = outer.pop();
                sum = saved[0] + group;
                outerSum = saved[1];
                last = group;
            } else if (c == '|') {
                sum += 1;
                last = 0;
            } else if (c == '*' || c == '+' || c == '?') {
                sum += 1;
            } else if (c == '{' && repeat(s, i) != null) {
                int[] r = repeat(s, i);
                long times = Math.max(1, r[0]);
                sum = capped(sum + capped(last * (times - 1)) + 1);
                last = capped(last * times);
                i = r[1];
            } else {
                sum += 1;
                last = 1;
            }
            if (outerSum + sum > MAX_SIZE) {
                return new Problem(start, "bad regular expression: too large: its repetitions expand to more than "
                        + String.format(java.util.Locale.ROOT, "%,d", MAX_SIZE) + " steps");
            }
        }
        return null;
    }

    /** {n}, {n,} or {n,m} at {@code i}: {the most times it repeats (n + 1 for {n,}), the index of '}'}; or null. */
    private static int[] repeat(String s, int i) {
        int close = s.indexOf('}', i);
        if (close < 0) {
            return null;
        }
        String body = s.substring(i + 1, close);
        if (!body.matches("[0-9]{1,9}(,[0-9]{0,9})?")) {
            return null;
        }
        int comma = body.indexOf(',');
        long min = Long.parseLong(comma < 0 ? body : body.substring(0, comma));
        String max = comma < 0 ? "" : body.substring(comma + 1);
        long most = comma < 0 ? min : max.isEmpty() ? min + 1 : Math.max(min, Long.parseLong(max));
        return new int[] {(int) Math.min(most, Integer.MAX_VALUE), close};
    }

    private static long capped(long v) {
        return v < 0 || v > 1L << 40 ? 1L << 40 : v;
    }
}
