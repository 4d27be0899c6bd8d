package org.attune.search.index;

import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** The words of an utterance as Lucene tokens, exactly as {@link org.attune.search.query.Words} splits them. */
final class WordStream extends TokenStream {
    private final List<String> words;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private int next;

    WordStream(List<String> words) {
        this.words = words;
    }

    @Override
    public boolean incrementToken() {
        if (next >= words.size()) {
            return false;
        }
        clearAttributes();
        term.setEmpty().append(Fields.term(words.get(next++)));
        return true;
    }

    @Override
    public void reset() throws java.io.IOException {
        super.reset();
        next = 0;
    }
}
