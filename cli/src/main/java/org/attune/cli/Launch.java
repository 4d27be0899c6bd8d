package org.attune.cli;

import java.util.Locale;
import java.util.Properties;

/**
 * How {@code attune} was started, and so what its arguments mean. The packaged app's launcher ({@code Attune}, made
 * by jpackage, which sets the system property {@code jpackage.app-path}) is what a double-click starts: with no
 * arguments it opens the annotator, and given just one {@code .eaf} file (an opened file) it opens that file in the
 * annotator. Any other arguments, and every {@code java -jar attune.jar} (the {@code ./attune} script), are the
 * {@code attune} command as typed: with none it prints the usage.
 *
 * @param appImage started by the app image's launcher
 */
record Launch(boolean appImage) {

    /** The system property jpackage's launcher sets to its own path. */
    static final String APP_PATH_PROPERTY = "jpackage.app-path";

    /** This JVM's launch. */
    static Launch current() {
        return from(System.getProperties());
    }

    static Launch from(Properties systemProperties) {
        return new Launch(systemProperties.getProperty(APP_PATH_PROPERTY) != null);
    }

    /** The command line to run for the arguments the launcher was given. */
    String[] arguments(String[] given) {
        if (!appImage) {
            return given.clone();
        }
        if (given.length == 0) {
            return new String[] {"annotate"};
        }
        if (given.length == 1 && isEafFile(given[0])) {
            return new String[] {"annotate", given[0]};
        }
        return given.clone();
    }

    private static boolean isEafFile(String arg) {
        return !arg.startsWith("-") && arg.toLowerCase(Locale.ROOT).endsWith(".eaf");
    }
}
