package org.attune.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.attune.elan.extension.ExtensionFolder;
import org.attune.elan.recognizers.Recognizer;
import org.attune.elan.recognizers.Recognizers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code attune elan-extension package OUT_DIR} and {@code attune elan-extension install --elan ELAN_DIR}: Attune's
 * ELAN recognizers as an extension folder for ELAN 6.9's extensions folder.
 */
@Command(name = "elan-extension", mixinStandardHelpOptions = true,
        description = "Attune inside ELAN: three recognizers (Attune 3RS segments, Attune episodes, Attune query) that "
                + "turn coded tiers into segment sheets, episodes and query hits as new tiers in ELAN.",
        subcommands = {ElanExtensionCommand.PackageCommand.class, ElanExtensionCommand.InstallCommand.class})
final class ElanExtensionCommand implements Runnable {
    /** Where the build puts the recognizer jar inside the attune jar. */
    static final String JAR_RESOURCE = "/org/attune/cli/elan/" + ExtensionFolder.JAR;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The recognizer jar embedded in this build. */
    static ExtensionFolder.JarSource embeddedJar() {
        return () -> {
            InputStream in = ElanExtensionCommand.class.getResourceAsStream(JAR_RESOURCE);
            if (in == null) {
                throw new Failures.UserError("this build of attune has no ELAN recognizer jar ("
                        + ExtensionFolder.JAR + "); build it with 'mvn package' (./attune does) and run the jar");
            }
            return in;
        };
    }

    static void describe(Path folder, PrintWriter out) {
        out.println("Wrote " + folder + ":");
        for (Recognizer r : Recognizers.all()) {
            out.println("  " + ExtensionFolder.cmdiName(r) + "  \"" + r.descriptor().name() + "\"");
        }
        out.println("  " + ExtensionFolder.HELP + "  (help page)");
        out.println("  " + ExtensionFolder.JAR + "  (the recognizers; ELAN runs them with its own Java 17+)");
    }

    @Command(name = "package", mixinStandardHelpOptions = true,
            description = "Write the extension folder OUT_DIR/attune/ (CMDI descriptors, help page, recognizer jar); "
                    + "copy it into ELAN's extensions folder, or use 'install'.")
    static final class PackageCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "OUT_DIR", description = "Where to write the attune/ folder.")
        Path outDir;

        @Override
        public Integer call() throws IOException {
            Path folder = ExtensionFolder.write(outDir, Recognizers.all(), embeddedJar());
            PrintWriter out = spec.commandLine().getOut();
            describe(folder, out);
            out.println("Copy the folder into ELAN's extensions folder (Linux: ELAN_6-9/lib/app/extensions, macOS: "
                    + "ELAN_6.9.app/Contents/app/extensions, Windows: ELAN_6.9\\app\\extensions) and restart ELAN.");
            return 0;
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Write the extension folder into an ELAN installation's extensions folder (replacing an "
                    + "earlier Attune extension); restart ELAN afterwards.")
    static final class InstallCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--elan", required = true, paramLabel = "ELAN_DIR",
                description = "The ELAN installation: e.g. ~/ELAN_6-9, /Applications/ELAN_6.9.app or "
                        + "'C:\\Program Files\\ELAN_6.9' (or its extensions folder).")
        Path elanDir;

        @Override
        public Integer call() throws IOException {
            Path extensions;
            try {
                extensions = ExtensionFolder.extensionsFolder(elanDir);
            } catch (NoSuchFileException e) {
                throw new Failures.UserError(e.getMessage());
            }
            Path folder = ExtensionFolder.write(extensions, Recognizers.all(), embeddedJar());
            PrintWriter out = spec.commandLine().getOut();
            describe(folder, out);
            out.println("Restart ELAN; the recognizers are listed in its Recognizer mode.");
            return 0;
        }
    }
}
