package org.attune.core.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharacterReferencesTest {

    @Test
    void xmlEntitiesAndNumericReferencesAreDecoded() {
        assertThat(CharacterReferences.decodeXml("a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos; &#233; &#xE9; &#x1F600;"))
                .isEqualTo("a <b> & \"c\" 'd' é é \uD83D\uDE00");
    }

    @Test
    void anythingElseIsLeftAsItIs() {
        assertThat(CharacterReferences.decodeXml("fish & chips &nbsp; &#x110000; &#; &amp"))
                .isEqualTo("fish & chips &nbsp; &#x110000; &#; &amp");
    }

    @Test
    void subtitlesAlsoHaveTheirHtmlSpacesAndDirectionMarks() {
        assertThat(CharacterReferences.decodeSubtitle("a&nbsp;b &lrm;c&rlm; &amp; &unknown;"))
                .isEqualTo("a\u00a0b \u200ec\u200f & &unknown;");
    }
}
