package org.attune.core.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * An independent view of an XML file for round-trip tests: every attribute value and every text of every
 * element, as a set of facts {@code PATH@ATTR=value} and {@code PATH#text=value}. Elements with an id
 * attribute are addressed by it, others by their position among same-named siblings. Read with DOM, not
 * with the code under test.
 */
public final class XmlFacts {

    private static final Set<String> ID_ATTRIBUTES = Set.of("TIER_ID", "ANNOTATION_ID", "TIME_SLOT_ID",
            "LINGUISTIC_TYPE_ID", "CV_ID", "LINK_SET_ID", "REF_LINK_ID", "EXT_REF_ID", "LANG_ID", "LEX_REF_ID",
            "LANGUAGE_CODE", "STEREOTYPE", "CVE_ID");

    private XmlFacts() {
    }

    public static Set<String> of(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        Set<String> out = new TreeSet<>();
        collect(root, root.getLocalName(), out);
        return out;
    }

    private static void collect(Element e, String path, Set<String> out) {
        NamedNodeMap attrs = e.getAttributes();
        for (int i = 0; i < attrs.getLength(); i++) {
            Attr a = (Attr) attrs.item(i);
            if (a.getNamespaceURI() != null) {
                continue; // xmlns and xsi:noNamespaceSchemaLocation
            }
            out.add(path + "@" + a.getLocalName() + "=" + a.getValue());
        }
        StringBuilder text = new StringBuilder();
        List<Element> children = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) n);
            } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        if (children.isEmpty()) {
            out.add(path + "#text=" + text);
        }
        Map<String, Integer> counts = new HashMap<>();
        for (Element c : children) {
            String name = c.getLocalName();
            String id = null;
            for (String attr : ID_ATTRIBUTES) {
                if (c.hasAttribute(attr)) {
                    id = attr + "=" + c.getAttribute(attr);
                    break;
                }
            }
            String step;
            if (id != null) {
                step = name + "[" + id + "]";
            } else {
                int n = counts.merge(name, 1, Integer::sum);
                step = name + "[" + n + "]";
            }
            collect(c, path + "/" + step, out);
        }
    }
}
