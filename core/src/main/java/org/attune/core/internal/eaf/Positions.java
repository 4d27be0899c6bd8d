package org.attune.core.internal.eaf;

import java.util.HashMap;
import java.util.List;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where elements are in a file, found by a second pass over its bytes only when a problem must be
 * reported (so reading a good file pays nothing for positions).
 */
final class Positions {

    private static final Set<String> ID_ATTRIBUTES = Set.of("TIER_ID", "ANNOTATION_ID", "TIME_SLOT_ID",
            "LINGUISTIC_TYPE_ID", "CV_ID", "LINK_SET_ID", "REF_LINK_ID", "EXT_REF_ID", "LANG_ID", "LEX_REF_ID",
            "LANGUAGE_CODE", "STEREOTYPE", "CVE_ID", "MEDIA_URL", "RELATIVE_MEDIA_URL", "LINK_URL");

    private final byte[] bytes;
    private Map<String, List<int[]>> index;

    Positions(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The line and column of the {@code occurrence}-th (0-based) element {@code element} whose id attribute is
     * {@code id} ({@code null} id: the element itself), or {0, 0} when not found.
     */
    int[] find(String element, String id, int occurrence) {
        if (index == null) {
            index = scan();
        }
        List<int[]> found = index.get(key(element, id));
        if (found == null || found.isEmpty()) {
            return new int[] {0, 0};
        }
        return found.get(Math.min(occurrence, found.size() - 1));
    }

    int[] find(String element, String id) {
        return find(element, id, 0);
    }

    private static String key(String element, String id) {
        return id == null ? element : element + '\u0000' + id;
    }

    private Map<String, List<int[]>> scan() {
        Map<String, List<int[]>> out = new HashMap<>();
        try {
            XMLStreamReader r = Xml.reader(bytes);
            int line = 1;
            int column = 1;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    int[] pos = {line, column};
                    String name = r.getLocalName();
                    out.computeIfAbsent(name, k -> new ArrayList<>()).add(pos);
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        if (ID_ATTRIBUTES.contains(r.getAttributeLocalName(i))) {
                            out.computeIfAbsent(key(name, r.getAttributeValue(i)), k -> new ArrayList<>()).add(pos);
                        }
                    }
                }
                Location end = r.getLocation();
                line = end.getLineNumber();
                column = end.getColumnNumber();
            }
        } catch (XMLStreamException e) {
            // positions are a courtesy: a file that fails here was already reported
        }
        return out;
    }
}
