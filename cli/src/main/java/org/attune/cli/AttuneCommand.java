package org.attune.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code attune} command and its sub-commands. */
@Command(name = "attune",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {"Code therapeutic-alliance ruptures and resolutions in ELAN transcripts, and analyse them.", ""},
        footer = {"", "Run 'attune COMMAND --help' for the options of a command."})
public final class AttuneCommand implements Runnable {

    /**
     * The sub-commands, in the order the help lists them. They are added by {@link #commandLine}, not by the
     * annotation, so that a call of one command builds the model of that command only: picocli reflects over
     * every option of every command it is given, which is most of the start-up of a short call.
     */
    static final List<Class<?>> COMMANDS = List.of(ValidateCommand.class, ConvertCommand.class, ImportCommand.class,
            InfoCommand.class, SchemesCommand.class, ReportCommand.class, EpisodesCommand.class, SegmentsCommand.class,
            AgreementCommand.class, SequentialCommand.class, IndexCommand.class, QueryCommand.class,
            GenerateCommand.class, AnnotateCommand.class, ElanExtensionCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Show stack traces of unexpected errors.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** A configured command line writing to the given streams, with every sub-command. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * A configured command line for these arguments: when they name a sub-command (other than {@code help}), with
     * that sub-command only; otherwise (help, a mistyped name, options only) with all of them.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String[] args) {
        CommandLine cl = new CommandLine(new AttuneCommand());
        String named = args == null ? null : commandWord(args);
        boolean one = named != null && !named.equals("help") && COMMANDS.stream().anyMatch(c -> name(c).equals(named));
        for (Class<?> c : COMMANDS) {
            if (!one || name(c).equals(named)) {
                cl.addSubcommand(c);
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new Failures());
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    /** The first argument that is not a top-level option: where the sub-command's name stands. */
    private static String commandWord(String[] args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }
}
