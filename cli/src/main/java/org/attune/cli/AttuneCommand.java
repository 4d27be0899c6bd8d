package org.attune.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code attune} command and its sub-commands. */
@Command(name = "attune",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Code therapeutic-alliance ruptures and resolutions in ELAN transcripts, and analyse them.", ""},
        subcommands = {
            ValidateCommand.class,
            ConvertCommand.class,
            ImportCommand.class,
            InfoCommand.class,
            SchemesCommand.class,
            ReportCommand.class,
            EpisodesCommand.class,
            SegmentsCommand.class,
            AgreementCommand.class,
            SequentialCommand.class,
            IndexCommand.class,
            QueryCommand.class,
            GenerateCommand.class,
            AnnotateCommand.class,
            ElanExtensionCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Run 'attune COMMAND --help' for the options of a command."})
public final class AttuneCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of unexpected errors.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line writing to the given streams. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new AttuneCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }
}
