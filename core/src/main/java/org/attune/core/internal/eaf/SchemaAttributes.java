package org.attune.core.internal.eaf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.attune.core.eaf.Problem;
import org.attune.core.internal.xml.SafeXml;

/**
 * The one check of the attributes the official EAF 3.0 schema marks {@code use="required"}, and of the values the
 * schema restricts that the reader would otherwise keep as they are (ids, URIs and listed values): the table is read
 * from {@code EAFv3.0.xsd} (the schema the JAXB classes are generated from) when the class is loaded, and every
 * start tag the reader binds is checked against it ({@link StaxBinder} for annotation documents, {@link LegacyCapture}
 * under JAXB's unmarshaller for ECV files). A missing attribute is reported at its element's line and column.
 *
 * <p>What follows depends on whether the reader can keep the element faithfully, and so whether the document it
 * gives could be saved and read back as it was. Where it cannot (an id, or a reference, that is missing) the
 * file is refused with an error. Where the reader drops the element or repairs it and nothing is lost, it is a
 * warning that says what the reader did ({@link #LENIENT}); {@link FromJaxb} does that without reporting again.
 * Before this table each such attribute was found by fuzzing, one at a time (LANGUAGE without LANG_ID, CONSTRAINT
 * without STEREOTYPE, TIME_SLOT without TIME_SLOT_ID): the file loaded, and saving it was refused.
 */
final class SchemaAttributes {

    /** A constraint on an attribute's value that the schema states and the reader would otherwise keep broken. */
    enum Kind {
        /** xsd:ID and xsd:IDREF: an XML name without colon (an NCName), surrounding whitespace aside. */
        ID,
        /** xsd:IDREFS: one or more of those, separated by whitespace. */
        IDS,
        /** a restriction of xsd:string to listed values (TIME_UNITS, EXTERNAL_REF's TYPE, DIRECTIONALITY). */
        ONE_OF,
        /** xsd:anyURI (the media and linked-file URLs, LICENSE_URL): what the JDK's validator accepts as one. */
        URI
    }

    /** What an attribute's value must be. */
    record Rule(Kind kind, List<String> values) {
    }

    private static final String XSD = "/org/attune/core/eaf/EAFv3.0.xsd";
    private static final String XSD_NS = "http://www.w3.org/2001/XMLSchema";

    /** What the schema says, read once. */
    private static final Schema SCHEMA = fromSchema();
    /** Element name to the attributes EAF 3.0 requires on it, in schema order. */
    private static final Map<String, String[]> REQUIRED = SCHEMA.required();
    /** Element name to its attributes whose values the schema restricts. */
    private static final Map<String, Map<String, Rule>> RULES = SCHEMA.rules();
    /** Longest value quoted in a message. */
    private static final int QUOTED = 40;

    /**
     * The (element, attribute) pairs whose absence the reader repairs or can drop the element for, and what it
     * does then (the rest of the warning). Any other missing required attribute is an error.
     */
    static final Map<String, String> LENIENT = Map.ofEntries(
            Map.entry("ANNOTATION_DOCUMENT@DATE", "the saved file gets the date it is saved on"),
            Map.entry("ANNOTATION_DOCUMENT@AUTHOR", "kept empty"),
            Map.entry("ANNOTATION_DOCUMENT@VERSION", "the saved file says 3.0"),
            Map.entry("MEDIA_DESCRIPTOR@MEDIA_URL", "kept as an empty URL"),
            Map.entry("MEDIA_DESCRIPTOR@MIME_TYPE", "kept empty"),
            Map.entry("LINKED_FILE_DESCRIPTOR@LINK_URL", "kept as an empty URL"),
            Map.entry("LINKED_FILE_DESCRIPTOR@MIME_TYPE", "kept empty"),
            Map.entry("LANGUAGE@LANG_ID", "ignored"),
            Map.entry("CONSTRAINT@STEREOTYPE", "ignored"),
            Map.entry("DESCRIPTION@LANG_REF", "took 'und'"),
            Map.entry("CVE_VALUE@LANG_REF", "took 'und'"),
            Map.entry("LEXICON_REF@NAME", "kept empty"),
            Map.entry("LEXICON_REF@TYPE", "kept empty"),
            Map.entry("LEXICON_REF@URL", "kept empty"),
            Map.entry("LEXICON_REF@LEXICON_ID", "kept empty"),
            Map.entry("LEXICON_REF@LEXICON_NAME", "kept empty"),
            Map.entry("EXTERNAL_REF@VALUE", "kept empty"));

    private SchemaAttributes() {
    }

    /** The value rules: element name to attribute name to its rule (for tests). */
    static Map<String, Map<String, Rule>> rules() {
        return RULES;
    }

    /** The table: element name to the attributes the schema requires on it (for tests). */
    static Map<String, List<String>> table() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        REQUIRED.forEach((element, attributes) -> out.put(element, List.of(attributes)));
        return out;
    }

    /**
     * Checks the start tag {@code r} is on (an element without namespace; others are not EAF's) and reports, at that
     * element, each value the schema refuses and each required attribute it lacks.
     */
    static void check(XMLStreamReader r, Report report) {
        String ns = r.getNamespaceURI();
        if (ns != null && !ns.isEmpty()) {
            return;
        }
        String element = r.getLocalName();
        Map<String, Rule> rules = RULES.get(element);
        if (rules != null) {
            for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
                String ans = r.getAttributeNamespace(i);
                Rule rule = ans == null || ans.isEmpty() ? rules.get(r.getAttributeLocalName(i)) : null;
                if (rule != null) {
                    String value = r.getAttributeValue(i);
                    String wrong = wrong(rule, value);
                    if (wrong != null) {
                        Location at = r.getLocation();
                        report.atElement(Problem.Severity.ERROR, Math.max(at.getLineNumber(), 0),
                                Math.max(at.getColumnNumber(), 0), "<" + element + "> has "
                                        + r.getAttributeLocalName(i) + "=\"" + quoted(value) + "\", " + wrong);
                    }
                }
            }
        }
        String[] required = REQUIRED.get(element);
        if (required == null) {
            return;
        }
        for (String attribute : required) {
            if (!has(r, attribute)) {
                String lenient = LENIENT.get(element + "@" + attribute);
                String message = "<" + element + "> has no " + attribute + ", which EAF requires"
                        + (lenient == null ? "" : "; " + lenient);
                Location at = r.getLocation();
                report.atElement(lenient == null ? Problem.Severity.ERROR : Problem.Severity.WARNING,
                        Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0), message);
            }
        }
    }

    /**
     * Whether the schema declares {@code child} as a child of {@code parent} (a root element when {@code parent}
     * is null): whether JAXB binds it there, rather than skip it as unknown with all it holds.
     */
    static boolean binds(String parent, String child) {
        Set<String> allowed = parent == null ? SCHEMA.roots() : SCHEMA.children().get(parent);
        return allowed != null && allowed.contains(child);
    }

    /** What is wrong with a value (the rest of the message), or null when it is right. */
    static String wrong(Rule rule, String value) {
        switch (rule.kind()) {
            case ID -> {
                return XmlNames.isNcName(collapse(value)) ? null
                        : "which is not a valid id (an XML name: a letter or _ first, no spaces or colons)";
            }
            case IDS -> {
                String ids = collapse(value);
                if (ids.isEmpty()) {
                    return "which names no id (the schema wants at least one)";
                }
                for (String id : ids.split(" ")) {
                    if (!XmlNames.isNcName(id)) {
                        return "and '" + quoted(id) + "' is not a valid id (an XML name: a letter or _ first, no"
                                + " spaces or colons)";
                    }
                }
                return null;
            }
            case ONE_OF -> {
                return rule.values().contains(value) ? null : "which is not one of " + String.join(", ", rule.values());
            }
            case URI -> {
                return XmlNames.isAnyUri(value) ? null : "which is not a valid URI";
            }
            default -> throw new IllegalStateException(rule.kind().toString());
        }
    }

    /** XML Schema's whitespace collapse: runs of space, tab, CR and LF become one space, none at either end. */
    private static String collapse(String s) {
        if (!s.isEmpty() && s.charAt(0) > ' ' && s.charAt(s.length() - 1) > ' ' && s.indexOf(' ') < 0
                && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s; // the usual id: nothing to collapse, nothing to copy
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String quoted(String value) {
        String v = value.length() > QUOTED ? value.substring(0, QUOTED) + "..." : value;
        return SafeXml.clean(v);
    }

    /** Whether the start tag has the attribute without namespace (JAXB ignores xsi:, xml: and the others). */
    private static boolean has(XMLStreamReader r, String name) {
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            if (name.equals(r.getAttributeLocalName(i))) {
                String ns = r.getAttributeNamespace(i);
                if (ns == null || ns.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ the table, from the schema

    /** A declaration that can hold attributes: an element, a named complex type or a named attribute group. */
    private static final class Scope {
        final Set<String> required = new LinkedHashSet<>();
        final Set<String> children = new LinkedHashSet<>();
        final Map<String, Rule> rules = new LinkedHashMap<>();
        /** Named types and attribute groups whose attributes it also has (type=, attributeGroup ref=, base=). */
        final List<String> uses = new ArrayList<>();
    }

    /**
     * Reads the schema: each {@code xsd:element} gets the required attributes declared inside it (its inline
     * complex type), those of its named type, of the attribute groups they refer to and of the complex types they
     * extend. An element declared twice (CONTROLLED_VOCABULARY under both roots) gets all of them.
     */
    private static Schema fromSchema() {
        Map<String, Scope> named = new HashMap<>();
        Set<String> roots = new LinkedHashSet<>();
        List<Map.Entry<String, Scope>> elements = new ArrayList<>();
        try (InputStream in = SchemaAttributes.class.getResourceAsStream(XSD)) {
            if (in == null) {
                throw new IllegalStateException(XSD + " is missing from the class path");
            }
            XMLStreamReader r = Xml.reader(in.readAllBytes());
            Deque<Scope> open = new ArrayDeque<>();
            Deque<Boolean> opened = new ArrayDeque<>();
            String attribute = null; // an attribute declared with a simple type of its own, and its listed values
            List<String> listed = new ArrayList<>();
            try {
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.END_ELEMENT && XSD_NS.equals(r.getNamespaceURI())) {
                        if ("attribute".equals(r.getLocalName()) && attribute != null) {
                            if (!listed.isEmpty() && !open.isEmpty()) {
                                open.peek().rules.put(attribute, new Rule(Kind.ONE_OF, List.copyOf(listed)));
                            }
                            attribute = null;
                            listed.clear();
                        }
                        if (opened.pop()) {
                            open.pop();
                        }
                        continue;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (!XSD_NS.equals(r.getNamespaceURI())) {
                        throw new IllegalStateException("unexpected <" + r.getLocalName() + "> in " + XSD);
                    }
                    String name = r.getAttributeValue(null, "name");
                    Scope scope = null;
                    switch (r.getLocalName()) {
                        case "element" -> {
                            if (name != null) {
                                if (open.isEmpty()) {
                                    roots.add(name);
                                } else {
                                    open.peek().children.add(name);
                                }
                                scope = new Scope();
                                use(scope, r.getAttributeValue(null, "type"));
                                elements.add(Map.entry(name, scope));
                            }
                        }
                        case "complexType", "attributeGroup" -> {
                            if (name != null) {
                                scope = new Scope();
                                named.put(name, scope);
                            } else if (!open.isEmpty()) {
                                use(open.peek(), r.getAttributeValue(null, "ref"));
                            }
                        }
                        case "extension" -> {
                            if (!open.isEmpty()) {
                                use(open.peek(), r.getAttributeValue(null, "base"));
                            }
                        }
                        case "attribute" -> {
                            if (!open.isEmpty() && name != null) {
                                if ("required".equals(r.getAttributeValue(null, "use"))) {
                                    open.peek().required.add(name);
                                }
                                String type = r.getAttributeValue(null, "type");
                                if (type == null) {
                                    attribute = name;
                                } else if (type.equals("xsd:ID") || type.equals("xsd:IDREF")) {
                                    open.peek().rules.put(name, new Rule(Kind.ID, List.of()));
                                } else if (type.equals("xsd:IDREFS")) {
                                    open.peek().rules.put(name, new Rule(Kind.IDS, List.of()));
                                } else if (type.equals("xsd:anyURI")) {
                                    open.peek().rules.put(name, new Rule(Kind.URI, List.of()));
                                }
                            }
                        }
                        case "enumeration" -> {
                            if (attribute != null) {
                                listed.add(r.getAttributeValue(null, "value"));
                            }
                        }
                        default -> {
                            // sequences, choices, keys, annotations, simple types: no attributes of elements
                        }
                    }
                    opened.push(scope != null);
                    if (scope != null) {
                        open.push(scope);
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot read " + XSD + ": " + e.getMessage(), e);
        }
        Map<String, Set<String>> merged = new LinkedHashMap<>();
        Map<String, Set<String>> children = new HashMap<>();
        Map<String, Map<String, Rule>> rules = new HashMap<>();
        for (Map.Entry<String, Scope> e : elements) {
            collectRules(e.getValue(), named, rules.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>()), 0);
            collect(e.getValue(), named, merged.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()), s -> s.required, 0);
            collect(e.getValue(), named, children.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>()), s -> s.children, 0);
        }
        Map<String, String[]> required = new HashMap<>();
        merged.forEach((element, attributes) -> {
            if (!attributes.isEmpty()) {
                required.put(element, attributes.toArray(String[]::new));
            }
        });
        children.replaceAll((element, names) -> Set.copyOf(names));
        rules.values().removeIf(Map::isEmpty);
        rules.replaceAll((element, byAttribute) -> Map.copyOf(byAttribute));
        return new Schema(Map.copyOf(required), Map.copyOf(children), Set.copyOf(roots), Map.copyOf(rules));
    }

    private static void collectRules(Scope scope, Map<String, Scope> named, Map<String, Rule> into, int depth) {
        if (depth > 32) {
            throw new IllegalStateException(XSD + " has circular type references");
        }
        into.putAll(scope.rules);
        for (String use : scope.uses) {
            Scope used = named.get(use);
            if (used != null) {
                collectRules(used, named, into, depth + 1);
            }
        }
    }

    /** The table: required attributes and, so that only elements JAXB binds are checked, the elements' children. */
    private record Schema(Map<String, String[]> required, Map<String, Set<String>> children, Set<String> roots,
                          Map<String, Map<String, Rule>> rules) {
    }

    /** Records a type or group a scope uses, unless it is one of XML Schema's own (xsd:string...). */
    private static void use(Scope scope, String reference) {
        if (reference != null && !reference.startsWith("xsd:")) {
            scope.uses.add(reference);
        }
    }

    private static void collect(Scope scope, Map<String, Scope> named, Set<String> into,
                                Function<Scope, Set<String>> what, int depth) {
        if (depth > 32) {
            throw new IllegalStateException(XSD + " has circular type references");
        }
        into.addAll(what.apply(scope));
        for (String use : scope.uses) {
            Scope used = named.get(use);
            if (used == null) {
                throw new IllegalStateException(XSD + " refers to '" + use + "', which it does not declare");
            }
            collect(used, named, into, what, depth + 1);
        }
    }
}
