package org.attune.core.internal.eaf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.StreamReaderDelegate;
import org.junit.jupiter.api.Test;

/**
 * JAXB is told that names are interned only when the parser promises it, and the JDK parser keeps that promise
 * (JAXB compares names by identity when told so: a broken promise would make it drop elements silently).
 */
class InternedNamesTest {

    private static final byte[] XML = ("<ANNOTATION_DOCUMENT xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
            + " xsi:noNamespaceSchemaLocation=\"x\" AUTHOR=\"a\"><HEADER/></ANNOTATION_DOCUMENT>")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void theJdkParserInternsEveryNameItReports() throws Exception {
        XMLStreamReader r = Xml.reader(XML);
        while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT) {
                assertThat(r.getLocalName()).isSameAs(r.getLocalName().intern());
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    assertThat(r.getAttributeLocalName(i)).isSameAs(r.getAttributeLocalName(i).intern());
                    String uri = r.getAttributeNamespace(i);
                    if (uri != null) {
                        assertThat(uri).isSameAs(uri.intern());
                    }
                }
            }
        }
    }

    @Test
    void jaxbHearsThatNamesAreInternedWhenTheParserSaysSo() throws Exception {
        XMLStreamReader r = new InternedNames(Xml.reader(XML));

        assertThat(r.getProperty("org.codehaus.stax2.internNames")).isEqualTo(Boolean.TRUE);
        assertThat(r.getProperty("org.codehaus.stax2.internNsUris")).isEqualTo(Boolean.TRUE);
    }

    @Test
    void jaxbHearsNothingFromAParserThatMakesNoPromise() throws Exception {
        XMLStreamReader silent = new StreamReaderDelegate(
                XMLInputFactory.newFactory().createXMLStreamReader(new StringReader("<a/>"))) {
            @Override
            public Object getProperty(String name) {
                return null;
            }
        };
        XMLStreamReader r = new InternedNames(silent);

        assertThat(r.getProperty("org.codehaus.stax2.internNames")).isNull();
    }
}
