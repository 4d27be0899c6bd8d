package org.attune.annotator.bench;

import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.swing.JViewport;
import org.attune.annotator.files.DocumentFiles;
import org.attune.annotator.session.AnnotationSession;
import org.attune.annotator.session.CodingController;
import org.attune.annotator.ui.segments.SegmentSheetPanel;
import org.attune.annotator.ui.timeline.TimelineView;
import org.attune.annotator.ui.transcript.TranscriptPanel;
import org.attune.core.eaf.Eaf;
import org.attune.core.model.AnnotationDocument;
import org.attune.core.model.Header;
import org.attune.core.profile.Role;
import org.attune.core.profile.Sessions;
import org.attune.core.scheme.Code;
import org.attune.core.scheme.CodingScheme;
import org.attune.core.scheme.SchemeRegistry;

/**
 * The annotator's speed goals, measured: opening a 2-hour session (2,000 utterances, 500 codings) — read the
 * file, build the session and the views (transcript, timeline, segment sheet) — and the time from a code key
 * to the new code on screen (the edit, every view's update, and painting the visible transcript and timeline
 * into an image). Headless (no window); prints figures, asserts nothing. With {@code --window} (needs a display,
 * e.g. {@code xvfb-run -a}) it also opens the real window on the session and measures, for real key presses sent
 * by a robot, the time from the key event's dispatch to the end of the repaint that follows it. Run (see README):
 * <pre>
 * mvn -q -B -pl annotator-ui test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-Djava.awt.headless=true -cp %classpath org.attune.annotator.bench.AnnotatorBenchmark"
 * xvfb-run -a mvn -q -B -pl annotator-ui test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
 *     -Dexec.args="-cp %classpath org.attune.annotator.bench.AnnotatorBenchmark --window"
 * </pre>
 */
public final class AnnotatorBenchmark {

    private AnnotatorBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        SchemeRegistry schemes = SchemeRegistry.builtIn();
        CodingScheme rrs = schemes.require("3rs@2015");
        Path file = Files.createTempDirectory("attune-bench").resolve("two-hours.eaf");
        Eaf.write(twoHourSession(rrs), file);
        System.out.printf("session: %s, %d KB%n", file, Files.size(file) / 1024);

        int runs = 12;
        double[] open = new double[runs];
        double[] key = new double[runs * 20];
        int k = 0;
        for (int run = 0; run < runs; run++) {
            long t0 = System.nanoTime();
            AnnotationDocument doc = ((DocumentFiles.Loaded) DocumentFiles.open(file)).document();
            AnnotationSession session = new AnnotationSession(doc, file, schemes, "R");
            CodingController controller = new CodingController(session);
            TranscriptPanel transcript = new TranscriptPanel(session, controller, u -> { });
            TimelineView timeline = new TimelineView(session, controller, ms -> { });
            new SegmentSheetPanel(session);
            open[run] = (System.nanoTime() - t0) / 1e6;

            JViewport tv = viewport(transcript.table(), 900, 500);
            JViewport lv = viewport(timeline, 1200, 220);
            BufferedImage image = new BufferedImage(1200, 500, BufferedImage.TYPE_INT_ARGB);
            Code[] codes = rrs.codes().toArray(Code[]::new);
            for (int i = 0; i < 20; i++) {
                controller.moveSelection(37);
                long s = System.nanoTime();
                controller.code(codes[i % codes.length]);
                Graphics2D g = image.createGraphics();
                tv.paint(g);
                lv.paint(g);
                g.dispose();
                key[k++] = (System.nanoTime() - s) / 1e6;
            }
        }
        // the first runs warm the JIT up
        report("open a 2-hour session (read + session + views)", Arrays.copyOfRange(open, 2, runs));
        report("code key -> code on screen (edit + views + paint)", Arrays.copyOfRange(key, 40, key.length));
        if (Arrays.asList(args).contains("--window")) {
            WindowLatency.measure(file);
        }
        System.exit(0);
    }

    private static JViewport viewport(java.awt.Component view, int w, int h) {
        JViewport v = new JViewport();
        v.setView(view);
        v.setSize(new Dimension(w, h));
        v.doLayout();
        view.setSize(view.getPreferredSize());
        view.doLayout();
        return v;
    }

    private static void report(String what, double[] ms) {
        double[] s = ms.clone();
        Arrays.sort(s);
        System.out.printf("%-52s median %7.1f ms   p90 %7.1f ms   max %7.1f ms   (n=%d)%n", what, s[s.length / 2],
                s[(int) (s.length * 0.9)], s[s.length - 1], s.length);
    }

    /** 2 hours, 2,000 turns alternating therapist and patient, 500 codings by coder A. */
    static AnnotationDocument twoHourSession(CodingScheme rrs) {
        Random random = new Random(7);
        List<Sessions.Turn> turns = new ArrayList<>();
        long step = 7_200_000L / 2000;
        for (int i = 0; i < 2000; i++) {
            long start = i * step;
            turns.add(new Sessions.Turn(i % 2 == 0 ? "T" : "P", start, start + step - 200,
                    "utterance " + i + " with a few words of text to show in the transcript"));
        }
        List<Code> codes = rrs.codes().toList();
        List<Sessions.Coded> coded = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Sessions.Turn t = turns.get(i * 4 + 1);
            Code c = codes.get(random.nextInt(codes.size()));
            boolean rated = !"resolution".equals(c.category());
            coded.add(new Sessions.Coded(c.id(), "A", t.start(), t.end(), rated ? 1 + random.nextInt(5) : null, null));
        }
        AnnotationDocument d = Sessions.transcript("bench", "2026-11-22T00:00:00Z", Header.milliseconds(),
                List.of(new Sessions.Speaker("T", "Therapist", Role.THERAPIST),
                        new Sessions.Speaker("P", "Patient", Role.PATIENT)), turns);
        return Sessions.withCodings(d, rrs, coded);
    }
}
