package org.attune.elan.extension;

import java.util.List;
import org.attune.elan.descriptor.Param;
import org.attune.elan.recognizers.Recognizer;

/** The help page ELAN opens from a recognizer's panel: what each recognizer does and what its parameters mean. */
final class HelpPage {

    private HelpPage() {
    }

    static String of(List<Recognizer> recognizers) {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="UTF-8"><title>Attune recognizers for ELAN</title></head>
                <body>
                <h1>Attune recognizers for ELAN</h1>
                <p>Attune turns the rupture and resolution codes on your ELAN tiers into 3RS segment sheets, rupture
                episodes and query hits, and hands them back as new tiers. Open <b>Recognizer</b> mode in ELAN, pick
                one of the Attune recognizers, choose its tiers and parameters, give a file name for its output and
                press <b>Start</b>; when it reports <code>RESULT: DONE.</code>, press <b>Create Tier(s)</b>.</p>
                <p>Tier values are matched to the scheme's codes by id or label, ignoring case:
                <code>C2</code>, <code>Patient rejects therapist intervention</code> and
                <code>C2 Patient rejects therapist intervention</code> all mean C2. Values that name no code are
                left out and listed in the report. Ratings (1-5) come from an optional ratings tier, usually
                a dependent tier of the coding tier.</p>
                <p>The recognizers need Java 17 or newer; ELAN's own Java is used. If the report says
                <code>RESULT: FAILED.</code>, the line before it says why.</p>
                """);
        for (Recognizer r : recognizers) {
            var d = r.descriptor();
            sb.append("<h2 id=\"").append(escape(d.id())).append("\">").append(escape(d.name())).append("</h2>\n");
            sb.append("<p>").append(escape(d.summary())).append("</p>\n");
            sb.append("<table border=\"1\" cellpadding=\"4\">\n<tr><th>parameter</th><th>kind</th><th>meaning</th></tr>\n");
            for (Param p : d.params()) {
                sb.append("<tr><td><code>").append(escape(p.id())).append("</code></td><td>").append(kind(p))
                        .append("</td><td>").append(escape(p.info())).append("</td></tr>\n");
            }
            sb.append("</table>\n");
        }
        sb.append("""
                <h2>Query language</h2>
                <p>Examples: <code>C2</code> (codings of C2), <code>confrontation -&gt; R4 within 60s</code>
                (a confrontation marker followed within 60 seconds by R4), <code>withdrawal !-&gt; resolution within 5m</code>
                (withdrawal markers with no strategy within five minutes),
                <code>[role=patient text="waste of time"] &amp; rupture</code> (patient turns saying "waste of time"
                during a rupture). The full language is described in Attune's <code>docs/query-language.md</code>.</p>
                <p>More about these recognizers, and how they were tested: Attune's <code>docs/elan-extension.md</code>.</p>
                </body>
                </html>
                """);
        return sb.toString();
    }

    private static String kind(Param p) {
        if (p instanceof Param.TierInput t) {
            return t.optional() ? "tier (optional)" : "tier";
        } else if (p instanceof Param.FileInput f) {
            return f.optional() ? "file (optional)" : "file";
        } else if (p instanceof Param.TierOutput) {
            return "output tiers";
        } else if (p instanceof Param.Number n) {
            return "number, " + plain(n.min()) + "-" + plain(n.max()) + ", default " + plain(n.defaultValue());
        } else {
            Param.Choice c = (Param.Choice) p;
            return "text, default <code>" + escape(c.defaultValue()) + "</code>"
                    + (c.choices().isEmpty() ? "" : "; one of " + escape(String.join(", ", c.choices())));
        }
    }

    private static String plain(double v) {
        return v == Math.rint(v) ? Long.toString(Math.round(v)) : Double.toString(v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
