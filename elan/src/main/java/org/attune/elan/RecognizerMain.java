package org.attune.elan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.attune.elan.protocol.Params;
import org.attune.elan.protocol.RecognizerException;
import org.attune.elan.protocol.Report;
import org.attune.elan.recognizers.Recognizer;
import org.attune.elan.recognizers.Recognizers;

/**
 * The program ELAN starts for a recognizer: {@code java -jar attune-elan.jar ID}, in the extension's folder, with
 * the parameters on standard input. It reports on standard output (which ELAN shows) and ends with
 * {@code RESULT: DONE.} or {@code RESULT: FAILED.}; the exit status is 0 or 1 to match.
 */
public final class RecognizerMain {

    private RecognizerMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.exit(run(args, System.in, out));
    }

    /** Runs the recognizer named by {@code args[0]} on the parameters read from {@code in}; the exit status. */
    public static int run(String[] args, InputStream in, PrintStream out) {
        Report report = new Report(out);
        String stdin;
        try {
            stdin = readAll(in);
        } catch (IOException e) {
            report.failed("cannot read the parameters from standard input: " + e.getMessage());
            return 1;
        }
        if (args.length != 1) {
            report.failed("usage: java -jar attune-elan.jar " + String.join("|", Recognizers.all().stream()
                    .map(r -> r.descriptor().id()).toList()) + " < parameters.xml (ELAN starts it so)");
            return 1;
        }
        Optional<Recognizer> recognizer = Recognizers.find(args[0]);
        if (recognizer.isEmpty()) {
            report.failed("no Attune recognizer '" + args[0] + "'; there are " + String.join(", ", Recognizers.all()
                    .stream().map(r -> r.descriptor().id()).toList()));
            return 1;
        }
        try {
            Recognizer r = recognizer.get();
            report.info(r.descriptor().name() + " (Attune " + version() + ")");
            r.run(Params.parse(stdin), report);
            report.done();
            return 0;
        } catch (RecognizerException e) {
            report.failed(e.getMessage());
        } catch (IOException e) {
            report.failed("cannot write the output: " + e.getMessage());
        } catch (RuntimeException e) {
            e.printStackTrace(out);
            report.failed("internal error: " + e + " (please report it, with the lines above)");
        }
        return 1;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String version() {
        String v = RecognizerMain.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
