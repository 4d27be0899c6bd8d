package org.attune.elan;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringTokenizer;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A test stand-in for ELAN 6.9's local-recognizer host, written from the contract in issue 7 and from how ELAN's
 * recognizer code behaves (discovery, parameter document, tier files, report lines, output parsing). It is not
 * ELAN: it checks that what Attune writes and reads fits what ELAN does, as far as that contract goes.
 */
final class ElanHost {

    /** A parameter as ELAN's CMDI parser reads it. */
    record HostParam(String element, String type, String id, String info, boolean optional, Float min, Float max,
                     Float def, String numType, String defText, List<String> convoc) {
    }

    /** A recognizer ELAN discovered. */
    record Discovered(Path folder, String id, String name, String recognizerType, String runLinux, String runMac,
                      String runWin, String helpFile, List<HostParam> params, List<HostParam> dropped) {

        String idArgument() {
            String[] words = runLinux.trim().split("\\s+");
            return words[words.length - 1];
        }

        HostParam param(String paramId) {
            return params.stream().filter(p -> p.id().equals(paramId)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + " has no parameter " + paramId));
        }
    }

    /** What a run printed, and how it ended. */
    record Run(List<String> lines, int exit) {
        String last() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }

        List<Float> progress() {
            List<Float> out = new ArrayList<>();
            for (String l : lines) {
                if (l.startsWith("PROGRESS:")) {
                    String rest = l.substring("PROGRESS:".length()).trim();
                    int space = rest.indexOf(' ');
                    out.add(Float.parseFloat(space < 0 ? rest : rest.substring(0, space)));
                }
            }
            return out;
        }
    }

    /** One annotation of a tier ELAN creates from the output. */
    record Segment(long start, long end, String label) {
    }

    private ElanHost() {
    }

    // ---- discovery -------------------------------------------------------------------------------------------

    /** The recognizers in the folders of an extensions folder, as ELAN finds them (Linux). */
    static List<Discovered> discover(Path extensions) throws Exception {
        List<Discovered> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(extensions)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.sorted().toList()) {
                        String n = f.getFileName().toString();
                        if (n.toLowerCase(Locale.ROOT).endsWith(".cmdi") && !n.startsWith(".")) {
                            Discovered d = parseCmdi(folder, f);
                            if (d != null) {
                                out.add(d);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private static Discovered parseCmdi(Path folder, Path file) throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        List<HostParam> params = new ArrayList<>();
        Map<String, String> rec = new LinkedHashMap<>();
        boolean[] isRecognizer = {false};
        factory.newSAXParser().parse(file.toFile(), new DefaultHandler() {
            private StringBuilder content = new StringBuilder();
            private Map<String, String> current;
            private String currentElement;

            @Override
            public void startElement(String uri, String local, String q, Attributes a) {
                content = new StringBuilder();
                currentElement = local;
                current = new LinkedHashMap<>();
                for (int i = 0; i < a.getLength(); i++) {
                    current.put(a.getLocalName(i), a.getValue(i));
                }
                if (local.equals("RECOGNIZER")) {
                    isRecognizer[0] = true;
                } else if (local.equals("recognizer")) {
                    rec.putAll(current);
                }
            }

            @Override
            public void characters(char[] ch, int start, int length) {
                content.append(ch, start, length);
            }

            @Override
            public void endElement(String uri, String local, String q) {
                String text = content.toString().trim();
                switch (local) {
                    case "recognizer" -> rec.put("#id", text);
                    case "documentation" -> rec.put("#help", text);
                    case "input", "output", "numparam", "textparam" -> params.add(param(local, current, text));
                    default -> { }
                }
                content = new StringBuilder();
            }
        });
        if (!isRecognizer[0]) {
            return null;
        }
        // ELAN's validation: a parameter without info, a number with min >= max, a file of unknown type is dropped
        List<HostParam> kept = new ArrayList<>();
        List<HostParam> dropped = new ArrayList<>();
        for (HostParam p : params) {
            boolean bad = p.info() == null
                    || (p.element().equals("numparam") && !(p.min() < p.max()))
                    || ((p.element().equals("input") || p.element().equals("output")) && !List.of("audio", "video",
                    "tier", "multitier", "csvtier", "timeseries", "csvtimeseries", "auxiliary").contains(p.type()));
            (bad ? dropped : kept).add(p);
        }
        return new Discovered(folder, rec.get("#id"), rec.get("info"), rec.get("recognizerType"), rec.get("runLinux"),
                rec.get("runMac"), rec.get("runWin"), rec.get("#help"), kept, dropped);
    }

    private static HostParam param(String element, Map<String, String> a, String id) {
        Float min = a.containsKey("min") ? Float.valueOf(a.get("min")) : element.equals("numparam") ? 0f : null;
        Float max = a.containsKey("max") ? Float.valueOf(a.get("max")) : element.equals("numparam") ? 100f : null;
        Float def = a.containsKey("default") && element.equals("numparam") ? Float.valueOf(a.get("default")) : null;
        List<String> convoc = new ArrayList<>();
        if (a.containsKey("convoc")) {
            StringTokenizer t = new StringTokenizer(a.get("convoc"));
            while (t.hasMoreTokens()) {
                convoc.add(t.nextToken());
            }
        }
        return new HostParam(element, a.get("type"), id, a.get("info"), Boolean.parseBoolean(a.get("optional")),
                min, max, def, element.equals("numparam") ? a.get("type") : null,
                element.equals("textparam") ? a.get("default") : null, convoc);
    }

    // ---- invocation ------------------------------------------------------------------------------------------

    /**
     * The document ELAN writes to the recognizer's standard input: InvocationContext first, then every declared
     * parameter in order; numbers as Java floats ({@code 5.0}); texts and file paths XML-escaped; unset ones empty.
     */
    static String paramDocument(Discovered d, Map<String, Object> values) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<PARAM xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:noNamespaceSchemaLocation=\"file:avatech-call.xsd\">\n");
        String timestamp = new SimpleDateFormat("yyyy-MM-dd' 'HH:mm:ssZ").format(new Date());
        sb.append("<param name=\"InvocationContext\">").append(escape(d.id())).append(' ').append(timestamp)
                .append("</param>\n");
        for (HostParam p : d.params()) {
            sb.append("<param name=\"").append(p.id()).append("\">");
            Object v = values.get(p.id());
            switch (p.element()) {
                case "numparam" -> sb.append(v != null ? (Float) ((Number) v).floatValue() : p.def());
                case "textparam" -> {
                    String s = v != null ? v.toString() : p.defText();
                    if (s != null && !s.isEmpty()) {
                        sb.append(escape(s));
                    }
                }
                default -> {
                    if (v != null) {
                        sb.append(escape(v.toString()));
                    }
                }
            }
            sb.append("</param>\n");
        }
        sb.append("</PARAM>\n");
        return sb.toString();
    }

    /** A tier file as ELAN writes one for a tier input: seconds with milliseconds, values not escaped. */
    static String tierFile(String tierName, List<Segment> annotations) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<TIER xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" ");
        sb.append("xsi:noNamespaceSchemaLocation=\"file:avatech-tier.xsd\" ");
        sb.append("columns=\"").append(tierName.replace(' ', '_')).append("\">\n");
        for (Segment s : annotations) {
            sb.append("\t<span start=\"").append(seconds(s.start())).append("\" end=\"").append(seconds(s.end()))
                    .append("\"><v>").append(s.label()).append("</v></span>\n");
        }
        sb.append("</TIER>\n");
        return sb.toString();
    }

    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%d.%03d", ms / 1000, ms % 1000);
    }

    /** Starts the recognizer's run command in its folder, as ELAN does, and feeds it the parameters. */
    static Run runProcess(Discovered d, String stdin) throws Exception {
        StringTokenizer t = new StringTokenizer(d.runLinux());
        List<String> command = new ArrayList<>();
        while (t.hasMoreTokens()) {
            command.add(t.nextToken());
        }
        if (command.get(0).equals("java")) {
            command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }
        Process p = new ProcessBuilder(command).directory(d.folder().toFile()).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    synchronized (lines) {
                        lines.add(l);
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        reader.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the recognizer did not end within 2 minutes: " + lines);
        }
        reader.join(10_000);
        synchronized (lines) {
            return new Run(List.copyOf(lines), p.exitValue());
        }
    }

    /** Runs the recognizer in this JVM (its main class, with the run command's id argument). */
    static Run runInProcess(Discovered d, String stdin) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = RecognizerMain.run(new String[] {d.idArgument()},
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(bytes.toString(StandardCharsets.UTF_8).lines().toList(), exit);
    }

    // ---- output ----------------------------------------------------------------------------------------------

    /**
     * The tiers ELAN makes of an output file, read as ELAN's XML tier reader does: an XML parser; a {@code TIER}'s
     * {@code columns} split on blanks; per span one value per column, trimmed; a time with a decimal point is
     * seconds, without one milliseconds.
     */
    static Map<String, List<Segment>> readOutput(Path file) throws Exception {
        Map<String, List<Segment>> tiers = new LinkedHashMap<>();
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newSAXParser().parse(file.toFile(), new DefaultHandler() {
            private final List<String> columns = new ArrayList<>();
            private final List<String> values = new ArrayList<>();
            private StringBuilder content = new StringBuilder();
            private long start;
            private long end;

            @Override
            public void startElement(String uri, String local, String q, Attributes a) {
                if (local.equals("TIER")) {
                    columns.clear();
                    StringTokenizer t = new StringTokenizer(a.getValue("columns"));
                    while (t.hasMoreTokens()) {
                        String c = t.nextToken();
                        columns.add(c.startsWith("#") ? c.substring(1) : c);
                        tiers.put(columns.get(columns.size() - 1), new ArrayList<>());
                    }
                } else if (local.equals("span")) {
                    start = time(a.getValue("start"));
                    end = time(a.getValue("end"));
                    values.clear();
                }
                content = new StringBuilder();
            }

            @Override
            public void characters(char[] ch, int s, int length) {
                content.append(ch, s, length);
            }

            @Override
            public void endElement(String uri, String local, String q) {
                if (local.equals("v")) {
                    values.add(content.toString().trim());
                } else if (local.equals("span")) {
                    if (values.size() != columns.size()) {
                        throw new AssertionError(values.size() + " values for columns " + columns);
                    }
                    for (int i = 0; i < values.size(); i++) {
                        tiers.get(columns.get(i)).add(new Segment(start, end, values.get(i)));
                    }
                }
                content = new StringBuilder();
            }
        });
        return tiers;
    }

    private static long time(String token) {
        return token.indexOf('.') > -1 ? (long) (1000 * Float.parseFloat(token)) : Long.parseLong(token);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
