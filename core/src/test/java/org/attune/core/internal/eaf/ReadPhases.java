package org.attune.core.internal.eaf;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.Unmarshaller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.attune.core.bench.StaxPass;
import org.attune.core.internal.jaxb.ANNOTATIONDOCUMENT;

/**
 * The phases of reading an EAF file, each runnable alone, for the benchmark to time: where the time between a
 * bare StAX pass and {@code Eaf.read} goes. Lives in the codec's package to reach its parts; not a test.
 */
public final class ReadPhases {

    private ReadPhases() {
    }

    /** Name to operation, in the order reading does them. */
    public static Map<String, Callable<?>> of(byte[] bytes) throws Exception {
        ANNOTATIONDOCUMENT tree = bind(bytes);
        List<LegacyCapture.Vocabulary> legacy = List.of();
        Map<String, Callable<?>> phases = new LinkedHashMap<>();
        phases.put("1 StAX pass via Xml.reader (NoDoctype)", () -> StaxPass.touchAll(Xml.reader(bytes)));
        phases.put("2 StaxBinder from that stream (-> JAXB tree)", () -> bind(bytes));
        phases.put("   (JAXB unmarshal instead, as before)", () -> unmarshal(bytes));
        phases.put("3 FromJaxb alone (tree -> model, checks)", () ->
                new FromJaxb(new Report("bench", bytes), legacy).document(tree));
        phases.put("4 Eaf.read (2 + 3 + wrapping)", () -> EafCodec.readDocument(bytes, "bench"));
        return phases;
    }

    private static ANNOTATIONDOCUMENT bind(byte[] bytes) throws Exception {
        XMLStreamReader r = Xml.reader(bytes);
        try {
            while (r.getEventType() != XMLStreamConstants.START_ELEMENT) {
                r.next();
            }
            return StaxBinder.bind(r, new Report("bench", bytes)).document();
        } finally {
            r.close();
        }
    }

    private static ANNOTATIONDOCUMENT unmarshal(byte[] bytes) throws Exception {
        Unmarshaller u = Xml.context().createUnmarshaller();
        u.setEventHandler(event -> true);
        XMLStreamReader r = new LegacyCapture(new InternedNames(Xml.reader(bytes)), new Report("bench", bytes));
        try {
            Object root = u.unmarshal(r);
            return (ANNOTATIONDOCUMENT) (root instanceof JAXBElement<?> e ? e.getValue() : root);
        } finally {
            r.close();
        }
    }

}
