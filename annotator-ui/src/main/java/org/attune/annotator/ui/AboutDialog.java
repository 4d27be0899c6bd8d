package org.attune.annotator.ui;

import java.awt.Component;
import java.util.List;
import javax.swing.JOptionPane;

/** Help → About Attune: the application's name and version, the Java it runs on, and its licence. */
final class AboutDialog {

    private AboutDialog() {
    }

    /** The version of the running build: from the jar's manifest, or "development build" when run from classes. */
    static String version() {
        String v = AboutDialog.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /** The dialog's lines. */
    static List<String> lines(String version) {
        return List.of("Attune " + version,
                "Coding therapeutic-alliance ruptures and resolutions in ELAN transcripts.",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "Licensed under the Apache License 2.0; the libraries it bundles and their licences are listed in"
                        + " THIRD-PARTY.md.",
                "Nothing you open or code leaves this computer.");
    }

    static void show(Component parent) {
        JOptionPane.showMessageDialog(parent, String.join("\n", lines(version())), "About Attune",
                JOptionPane.INFORMATION_MESSAGE);
    }
}
