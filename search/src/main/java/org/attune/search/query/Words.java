package org.attune.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How text is split into words for phrases ({@code "waste of time"}, {@code [text="..."]}): lower-cased (root
 * locale) maximal runs of letters, digits and combining marks; an apostrophe ({@code '} or {@code ’}) between two
 * such characters belongs to the word ({@code don't}). Everything else separates words. A phrase matches a text
 * that contains its words consecutively. The reference evaluator and the corpus index use this one definition.
 */
public final class Words {
    private Words() {
    }

    /**
     * The words of a text, in order.
     *
     * @param text the text
     * @return the words of a text, in order
     */
    public static List<String> of(String text) {
        List<String> out = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int i = 0;
        while (i < lower.length()) {
            int cp = lower.codePointAt(i);
            int n = Character.charCount(cp);
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if ((cp == '\'' || cp == '\u2019') && word.length() > 0 && i + n < lower.length()
                    && isWordChar(lower.codePointAt(i + n))) {
                word.append('\'');
            } else if (word.length() > 0) {
                out.add(word.toString());
                word.setLength(0);
            }
            i += n;
        }
        if (word.length() > 0) {
            out.add(word.toString());
        }
        return out;
    }

    /**
     * Whether {@code words} contains {@code phrase} as consecutive words (an empty phrase never matches).
     *
     * @param words the words
     * @param phrase the phrase
     * @return whether {@code words} contains {@code phrase} as consecutive words (an empty phrase never matches)
     */
    public static boolean contains(List<String> words, List<String> phrase) {
        if (phrase.isEmpty()) {
            return false;
        }
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (!words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
