package org.attune.elan.launch;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;

/**
 * The recognizer jar's entry point, compiled for Java 8: ELAN starts it with its own Java (or a {@code java} on the
 * PATH), and when that Java is older than 17 the user gets a report line saying so and {@code RESULT: FAILED.}
 * instead of a class-version stack trace. On Java 17+ it hands over to {@code org.attune.elan.RecognizerMain}.
 */
public final class Launcher {
    static final int NEEDED = 17;

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        String version = System.getProperty("java.specification.version", "?");
        int major = major(version);
        if (major < NEEDED) {
            drain(System.in);
            System.out.println("ERROR: Attune needs Java " + NEEDED + " or newer, but this is Java " + version + " ("
                    + System.getProperty("java.home") + "). Use an ELAN version that includes Java " + NEEDED
                    + " or newer, or put a newer java first on the PATH.");
            System.out.println("RESULT: FAILED.");
            System.out.flush();
            System.exit(1);
        }
        try {
            Class.forName("org.attune.elan.RecognizerMain").getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The major version of a {@code java.specification.version} ("1.8" → 8, "17" → 17); 0 when unreadable. */
    static int major(String version) {
        try {
            String v = version.startsWith("1.") ? version.substring(2) : version;
            int dot = v.indexOf('.');
            return Integer.parseInt(dot < 0 ? v : v.substring(0, dot));
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** Reads what ELAN writes to standard input, so that ELAN's write does not fail on a closed pipe. */
    private static void drain(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            while (in.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException e) {
            // nothing to do: the failure is reported anyway
        }
    }
}
