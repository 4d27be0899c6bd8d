package org.attune.elan.descriptor;

import java.util.Locale;

/**
 * Writes a recognizer's CLARIN CMDI descriptor, the file ELAN looks for in a folder of its extensions folder: root
 * {@code CMD}, then {@code Components/RECOGNIZER} with one {@code recognizer} element ({@code recognizerType="local"},
 * a run command for each of Linux, macOS and Windows, {@code info} = the name shown), a {@code documentation} file
 * and the parameters.
 *
 * <p>ELAN splits a run command on blanks (no quoting) and runs it in the extension's folder, replacing a leading
 * {@code java} with its own Java; so a command here is {@code java -jar JAR ID} with a relative jar path and no
 * blanks in it.
 */
public final class Cmdi {
    private static final String PROFILE = "clarin.eu:cr1:p_1430905751617";

    private Cmdi() {
    }

    /**
     * The descriptor document.
     *
     * @param d          the recognizer
     * @param runCommand the command for all three systems (no blanks inside its words)
     * @param helpFile   the help page, relative to the extension folder
     */
    public static String of(Descriptor d, String runCommand, String helpFile) {
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<!-- Written by `attune elan-extension package`: the Attune \"").append(comment(d.name()))
                .append("\" recognizer for ELAN. -->\n");
        sb.append("<CMD CMDVersion=\"1.1\" xmlns=\"http://www.clarin.eu/cmd/\"\n");
        sb.append("     xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n");
        sb.append("     xsi:schemaLocation=\"http://www.clarin.eu/cmd/ ")
                .append("http://catalog.clarin.eu/ds/ComponentRegistry/rest/registry/profiles/").append(PROFILE)
                .append("/xsd\">\n");
        sb.append("  <Header></Header>\n");
        sb.append("  <Resources>\n");
        sb.append("    <ResourceProxyList></ResourceProxyList>\n");
        sb.append("    <JournalFileProxyList></JournalFileProxyList>\n");
        sb.append("    <ResourceRelationList></ResourceRelationList>\n");
        sb.append("  </Resources>\n");
        sb.append("  <Components>\n");
        sb.append("    <RECOGNIZER>\n");
        String run = attr(runCommand);
        sb.append("      <recognizer recognizerType=\"local\" runLinux=\"").append(run).append("\" runMac=\"")
                .append(run).append("\" runWin=\"").append(run).append("\"\n");
        sb.append("          info=\"").append(attr(d.name())).append("\">").append(text(d.id()))
                .append("</recognizer>\n");
        sb.append("      <documentation>").append(text(helpFile)).append("</documentation>\n");
        for (Param p : d.params()) {
            sb.append("      ").append(element(p)).append('\n');
        }
        sb.append("    </RECOGNIZER>\n");
        sb.append("  </Components>\n");
        sb.append("</CMD>\n");
        return sb.toString();
    }

    private static String element(Param p) {
        String info = " info=\"" + attr(p.info()) + "\"";
        if (p instanceof Param.TierInput t) {
            return "<input level=\"basic\" type=\"tier\" optional=\"" + t.optional() + "\"" + info + ">" + text(t.id()) + "</input>";
        } else if (p instanceof Param.FileInput f) {
            String mime = f.mimeTypes().isEmpty() ? "" : " mimetypes=\"" + attr(String.join(" ", f.mimeTypes())) + "\"";
            return "<input level=\"basic\" type=\"auxiliary\" optional=\"" + f.optional() + "\"" + mime + info + ">"
                    + text(f.id()) + "</input>";
        } else if (p instanceof Param.TierOutput o) {
            return "<output level=\"basic\" type=\"tier\" optional=\"false\" mimetypes=\"text/xml\"" + info + ">"
                    + text(o.id()) + "</output>";
        } else if (p instanceof Param.Number n) {
            return "<numparam level=\"basic\" min=\"" + number(n.min(), n.integer()) + "\" max=\""
                    + number(n.max(), n.integer()) + "\" default=\"" + number(n.defaultValue(), n.integer())
                    + "\" type=\"" + (n.integer() ? "int" : "float") + "\"" + info + ">" + text(n.id()) + "</numparam>";
        } else {
            Param.Choice c = (Param.Choice) p;
            String convoc = c.choices().isEmpty() ? "" : " convoc=\"" + attr(String.join(" ", c.choices())) + "\"";
            return "<textparam level=\"basic\" default=\"" + attr(c.defaultValue()) + "\"" + convoc + info + ">"
                    + text(c.id()) + "</textparam>";
        }
    }

    private static String number(double v, boolean integer) {
        if (integer || v == Math.rint(v)) {
            return Long.toString(Math.round(v));
        }
        return String.format(Locale.ROOT, "%s", v);
    }

    static String text(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String attr(String s) {
        return text(s).replace("\"", "&quot;").replace("\n", "&#10;");
    }

    private static String comment(String s) {
        return s.replace("--", "- -");
    }
}
