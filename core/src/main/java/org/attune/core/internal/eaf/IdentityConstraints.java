package org.attune.core.internal.eaf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.attune.core.eaf.Problem;
import org.attune.core.internal.xml.SafeXml;

/**
 * The {@code xsd:key}, {@code xsd:unique} and {@code xsd:keyref} constraints of an official EAF schema, checked in
 * one pass with hash tables. The JDK's schema validator (Xerces) keeps a constraint's values in a list and scans it
 * for every new value, so a document with 50,000 annotations took 35 s to validate; this takes linear time and
 * reports each violation at the element that breaks it (the validator reports a broken keyref where its scope ends,
 * often the last line of the file).
 *
 * <p>The constraints are read from the schema itself, so the check is the schema's and not a restatement of it. It
 * covers the forms the EAF schemas use: a selector that is a path of child steps (with {@code |} alternatives), one
 * field per constraint that is an attribute ({@code @NAME}) or a child element ({@code NAME}), and a keyref whose key
 * is declared on the same element. A schema with any other form yields no checker, and the validator's own check is
 * kept. Values are compared as written (the schemas' identity fields are all strings, IDs and IDREFs, and an ID that
 * is not an NCName is a type error the validator reports anyway).
 */
final class IdentityConstraints {

    private static final String XSD = "http://www.w3.org/2001/XMLSchema";
    private static final Map<String, Optional<IdentityConstraints>> BY_VERSION = new ConcurrentHashMap<>();

    enum Kind { KEY, UNIQUE, KEYREF }

    /**
     * One constraint: declared on the element at {@code scope} (its path from the root, as the schema nests the
     * declarations), selecting {@code selectors}, valued by {@code field}.
     */
    record Constraint(Kind kind, String name, String refer, String scope, List<List<String>> selectors,
                      String field) {
        boolean fieldIsAttribute() {
            return field.startsWith("@");
        }

        String fieldName() {
            return fieldIsAttribute() ? field.substring(1) : field;
        }
    }

    private final Map<String, List<Constraint>> byScope;

    private IdentityConstraints(Map<String, List<Constraint>> byScope) {
        this.byScope = byScope;
    }

    /** The checker for the schema of an EAF version, or empty when that schema uses forms it does not cover. */
    static Optional<IdentityConstraints> of(String version) {
        return BY_VERSION.computeIfAbsent(version, IdentityConstraints::load);
    }

    private static Optional<IdentityConstraints> load(String version) {
        String resource = "/org/attune/core/eaf/EAFv" + version + ".xsd";
        try (InputStream in = IdentityConstraints.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return parse(in.readAllBytes());
        } catch (IOException | XMLStreamException e) {
            return Optional.empty();
        }
    }

    /** The constraints of a schema's bytes, or empty when one of them has a form this class does not check. */
    static Optional<IdentityConstraints> parse(byte[] xsd) throws XMLStreamException {
        XMLStreamReader r = SafeXml.reader(xsd);
        Deque<String> elements = new ArrayDeque<>(); // names of the enclosing xsd:element declarations
        Deque<Boolean> isElement = new ArrayDeque<>();
        int namedTypes = 0; // open named complexTypes or groups: their elements' place in a document is not known
        Deque<Boolean> isNamedType = new ArrayDeque<>();
        List<Constraint> all = new ArrayList<>();
        Kind kind = null;
        String name = null;
        String refer = null;
        List<List<String>> selectors = null;
        List<String> fields = null;
        boolean supported = true;
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT && XSD.equals(r.getNamespaceURI())) {
                String local = r.getLocalName();
                boolean element = local.equals("element");
                isElement.push(element);
                boolean namedType = (local.equals("complexType") || local.equals("group"))
                        && r.getAttributeValue(null, "name") != null;
                isNamedType.push(namedType);
                namedTypes += namedType ? 1 : 0;
                if (element) {
                    String n = r.getAttributeValue(null, "name");
                    elements.push(n == null ? "" : n);
                }
                switch (local) {
                    case "key", "unique", "keyref" -> {
                        kind = Kind.valueOf(local.toUpperCase(java.util.Locale.ROOT));
                        name = r.getAttributeValue(null, "name");
                        refer = stripPrefix(r.getAttributeValue(null, "refer"));
                        selectors = new ArrayList<>();
                        fields = new ArrayList<>();
                    }
                    case "selector" -> {
                        if (selectors != null) {
                            for (String alternative : r.getAttributeValue(null, "xpath").split("\\|")) {
                                List<String> steps = List.of(alternative.trim().split("/"));
                                supported &= steps.stream().allMatch(IdentityConstraints::isPlainName);
                                selectors.add(steps);
                            }
                        }
                    }
                    case "field" -> {
                        if (fields != null) {
                            fields.add(r.getAttributeValue(null, "xpath").trim());
                        }
                    }
                    default -> {
                        // structure only
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && XSD.equals(r.getNamespaceURI())) {
                String local = r.getLocalName();
                if ((local.equals("key") || local.equals("unique") || local.equals("keyref")) && kind != null) {
                    String field = fields.size() == 1 ? fields.get(0) : null;
                    supported &= field != null && isPlainName(field.startsWith("@") ? field.substring(1) : field);
                    supported &= !elements.isEmpty() && !elements.contains("") && name != null && namedTypes == 0;
                    if (supported) {
                        List<String> outermostFirst = new ArrayList<>(elements);
                        java.util.Collections.reverse(outermostFirst);
                        all.add(new Constraint(kind, name, refer, String.join("/", outermostFirst),
                                List.copyOf(selectors), field));
                    }
                    kind = null;
                    selectors = null;
                    fields = null;
                }
                if (!isElement.isEmpty() && isElement.pop()) {
                    elements.pop();
                }
                if (!isNamedType.isEmpty() && isNamedType.pop()) {
                    namedTypes--;
                }
            }
        }
        if (!supported) {
            return Optional.empty();
        }
        Map<String, List<Constraint>> byScope = new HashMap<>();
        for (Constraint c : all) {
            byScope.computeIfAbsent(c.scope(), s -> new ArrayList<>()).add(c);
        }
        for (Constraint c : all) {
            if (c.kind() == Kind.KEYREF && byScope.get(c.scope()).stream()
                    .noneMatch(k -> k.kind() != Kind.KEYREF && k.name().equals(c.refer()))) {
                return Optional.empty(); // a key declared on another element: leave it to the validator
            }
        }
        return Optional.of(new IdentityConstraints(byScope));
    }

    private static boolean isPlainName(String step) {
        return !step.isEmpty() && step.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-'
                || c == '.');
    }

    private static String stripPrefix(String qname) {
        return qname == null ? null : qname.substring(qname.indexOf(':') + 1);
    }

    /** The constraints declared on the element at this path from the root, e.g. {@code ANNOTATION_DOCUMENT}. */
    List<Constraint> declaredOn(String path) {
        return byScope.getOrDefault(path, List.of());
    }

    // ------------------------------------------------------------------ checking

    /** A value of a constraint and where the element that holds it starts its tag (as StAX reports it). */
    private record Value(String value, int line, int column) {
    }

    /** One open element on which constraints are declared, with the values collected under it. */
    private static final class Scope {
        final String element;
        final int depth;
        final List<Constraint> constraints;
        final Map<String, Map<String, Value>> keys = new HashMap<>();
        final Map<Constraint, List<Value>> refs = new HashMap<>();

        Scope(String element, int depth, List<Constraint> constraints) {
            this.element = element;
            this.depth = depth;
            this.constraints = constraints;
        }
    }

    /** A selected element whose field is a child element: the text of that child, when it comes. */
    private static final class Pending {
        final Scope scope;
        final Constraint constraint;
        final int depth;
        final int line;
        final int column;
        StringBuilder text;
        String value;

        Pending(Scope scope, Constraint constraint, int depth, int line, int column) {
            this.scope = scope;
            this.constraint = constraint;
            this.depth = depth;
            this.line = line;
            this.column = column;
        }
    }

    /**
     * The violations of the constraints in a well-formed document, each at the location StAX reports for the
     * start tag of the element that breaks it (the end of that tag), in document order. Messages use the
     * validator's {@code cvc-identity-constraint} codes.
     */
    List<Problem> check(byte[] bytes, String source, String prefix) throws XMLStreamException {
        List<Problem> out = new ArrayList<>();
        XMLStreamReader r = SafeXml.reader(bytes);
        List<String> path = new ArrayList<>();
        Deque<Scope> scopes = new ArrayDeque<>();
        List<Pending> pending = new ArrayList<>();
        while (r.hasNext()) {
            int event = r.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String local = r.getLocalName();
                path.add(local);
                int depth = path.size();
                Location at = r.getLocation();
                for (Pending p : pending) {
                    if (p.depth == depth - 1 && p.text == null && p.value == null
                            && local.equals(p.constraint.fieldName())) {
                        p.text = new StringBuilder();
                    }
                }
                for (Scope scope : scopes) {
                    for (Constraint c : scope.constraints) {
                        if (!selects(c, path, scope.depth)) {
                            continue;
                        }
                        if (c.fieldIsAttribute()) {
                            String v = r.getAttributeValue(null, c.fieldName());
                            collect(scope, c, local, v, at.getLineNumber(), at.getColumnNumber(), source, prefix, out);
                        } else {
                            pending.add(new Pending(scope, c, depth, at.getLineNumber(), at.getColumnNumber()));
                        }
                    }
                }
                List<Constraint> declared = byScope.isEmpty() ? null : byScope.get(String.join("/", path));
                if (declared != null) {
                    scopes.push(new Scope(local, depth, declared));
                }
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                for (Pending p : pending) {
                    if (p.text != null && p.value == null) {
                        p.text.append(r.getText());
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                int depth = path.size();
                for (java.util.Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
                    Pending p = it.next();
                    if (p.text != null && p.value == null && p.depth == depth - 1) {
                        p.value = p.text.toString().trim();
                    }
                    if (p.depth == depth) {
                        collect(p.scope, p.constraint, path.get(depth - 1), p.value, p.line, p.column, source, prefix,
                                out);
                        it.remove();
                    }
                }
                if (!scopes.isEmpty() && scopes.peek().depth == depth) {
                    close(scopes.pop(), source, prefix, out);
                }
                path.remove(depth - 1);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return out;
    }

    private static boolean selects(Constraint c, List<String> path, int scopeDepth) {
        int steps = path.size() - scopeDepth;
        for (List<String> selector : c.selectors()) {
            if (selector.size() == steps && selector.equals(path.subList(scopeDepth, path.size()))) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Scope scope, Constraint c, String element, String value, int line, int column,
                                String source, String prefix, List<Problem> out) {
        switch (c.kind()) {
            case KEY, UNIQUE -> {
                if (value == null) {
                    if (c.kind() == Kind.KEY) {
                        out.add(Problem.error(source, line, column, prefix + "cvc-identity-constraint.4.2.1.a: "
                                + "Element \"" + element + "\" has no value for the key \"" + c.name() + "\"."));
                    }
                    return;
                }
                Map<String, Value> seen = scope.keys.computeIfAbsent(c.name(), k -> new HashMap<>());
                Value first = seen.putIfAbsent(value, new Value(value, line, column));
                if (first != null) {
                    out.add(Problem.error(source, line, column, prefix + "cvc-identity-constraint.4.2.2: Duplicate "
                            + (c.kind() == Kind.KEY ? "key" : "unique") + " value [" + value + "] declared for"
                            + " identity constraint \"" + c.name() + "\" of element \"" + scope.element
                            + "\" (first at line " + first.line() + ")."));
                }
            }
            case KEYREF -> {
                if (value != null) {
                    scope.refs.computeIfAbsent(c, k -> new ArrayList<>()).add(new Value(value, line, column));
                }
            }
        }
    }

    private static void close(Scope scope, String source, String prefix, List<Problem> out) {
        for (Map.Entry<Constraint, List<Value>> e : scope.refs.entrySet()) {
            Constraint c = e.getKey();
            Set<String> keys = scope.keys.getOrDefault(c.refer(), Map.of()).keySet();
            for (Value v : e.getValue()) {
                if (!keys.contains(v.value())) {
                    out.add(Problem.error(source, v.line(), v.column(), prefix + "cvc-identity-constraint.4.3: Key '"
                            + c.name() + "' with value '" + v.value() + "' not found for identity constraint of"
                            + " element '" + scope.element + "'."));
                }
            }
        }
    }
}
