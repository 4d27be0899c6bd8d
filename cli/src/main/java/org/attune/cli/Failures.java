package org.attune.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.attune.core.eaf.ProblemsException;
import org.attune.core.eaf.Problem;
import picocli.CommandLine;

/**
 * Turns failures into messages a user can act on: {@code file:line:column: message} for every problem of bad
 * input (an EAF, ECV or scheme file),
 * {@code attune: FILE: no such file} for I/O, exit code 1; a stack trace only with {@code --debug}.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    /** Exit code for bad input, failed I/O and problems found. */
    static final int FAILED = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, CommandLine.ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (e instanceof java.io.UncheckedIOException u) {
            e = u.getCause();
        }
        report(e, err);
        if (isDebug(cl)) {
            e.printStackTrace(err);
        } else if (!(e instanceof IOException) && !(e instanceof UserError)
                && !(e instanceof org.attune.search.query.QuerySyntaxException)) {
            err.println("attune: run again with --debug to see where this happened");
        }
        err.flush();
        return FAILED;
    }

    static void report(Exception e, PrintWriter err) {
        if (e instanceof ProblemsException f) {
            for (Problem p : f.problems()) {
                err.println(p);
            }
        } else if (e instanceof NoSuchFileException n) {
            err.println("attune: " + n.getFile() + ": no such file");
        } else if (e instanceof AccessDeniedException a) {
            err.println("attune: " + a.getFile() + ": permission denied");
        } else if (e instanceof IOException io) {
            err.println("attune: " + io.getMessage());
        } else if (e instanceof org.attune.search.query.QuerySyntaxException q) {
            err.println(q.getMessage());
        } else if (e instanceof UserError u) {
            err.println("attune: " + u.getMessage());
        } else {
            err.println("attune: unexpected error: " + e);
        }
    }

    private static boolean isDebug(CommandLine cl) {
        for (CommandLine c = cl; c != null; c = c.getParent()) {
            if (c.getCommand() instanceof AttuneCommand a) {
                return a.debug;
            }
        }
        return false;
    }

    /** A mistake in how a command was used that is not a syntax error (e.g. an unknown scheme). */
    static final class UserError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserError(String message) {
            super(message);
        }
    }
}
