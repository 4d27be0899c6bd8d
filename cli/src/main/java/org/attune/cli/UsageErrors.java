package org.attune.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How a command line that cannot be parsed is answered: one line in words and where to look, exit 2. A mistyped
 * command name ({@code attune reprot x}) is named with the nearest command ({@code unknown command 'reprot'; did you
 * mean report?}) instead of picocli's "Unmatched arguments from index 0".
 */
final class UsageErrors implements CommandLine.IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String unknown = unknownCommand(ex);
        if (unknown != null) {
            List<String> near = ((UnmatchedArgumentException) ex).getSuggestions();
            err.println(cl.getCommandSpec().qualifiedName() + ": unknown command '" + unknown + "'"
                    + (near.isEmpty() ? "" : "; did you mean " + near.get(0) + "?"));
            err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for the commands.");
        } else {
            err.println(cl.getCommandSpec().qualifiedName() + ": " + ex.getMessage());
            if (!UnmatchedArgumentException.printSuggestions(ex, err)) {
                err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for the options.");
            }
        }
        err.flush();
        return cl.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * The word given where a sub-command was expected, when that is what failed: the first unmatched argument of a
     * command that has sub-commands and was given none, and that does not look like an option.
     */
    private static String unknownCommand(ParameterException ex) {
        if (!(ex instanceof UnmatchedArgumentException u) || u.getUnmatched().isEmpty()) {
            return null;
        }
        CommandLine cl = ex.getCommandLine();
        String first = u.getUnmatched().get(0);
        boolean expectsCommand = !cl.getSubcommands().isEmpty() && cl.getParseResult() != null
                && !cl.getParseResult().hasSubcommand() && cl.getCommandSpec().positionalParameters().isEmpty();
        return expectsCommand && !first.startsWith("-") ? first : null;
    }
}
