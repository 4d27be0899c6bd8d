/**
 * The {@code attune} command (picocli): every subcommand over the other modules. {@code ./attune} runs the shaded
 * jar {@code cli/target/attune.jar} on the class path, where this descriptor is left out; as a module, picocli
 * reflects on the command classes, so the package is opened to it.
 */
module org.attune.cli {
    requires org.attune.core;
    requires org.attune.search;
    requires org.attune.synth;
    requires org.attune.report;
    requires org.attune.annotator;
    requires org.attune.elan;
    requires info.picocli;
    requires me.tongfei.progressbar;
    requires org.apache.commons.csv;
    requires com.fasterxml.jackson.core;
    requires java.desktop;

    // picocli reads the @Command/@Option annotations and sets the fields reflectively
    opens org.attune.cli to info.picocli;
}
