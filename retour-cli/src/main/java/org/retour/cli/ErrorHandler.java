package org.retour.cli;

import java.io.PrintWriter;
import org.retour.text.InputException;
import picocli.CommandLine;

/**
 * Turns exceptions into one line on standard error and an exit code; a stack trace only with
 * {@code --debug}.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        boolean debug = isDebug(parsed);
        int code;
        String message;
        if (ex instanceof UserException u) {
            code = u.exitCode();
            message = u.getMessage();
        } else if (ex instanceof InputException || ex instanceof org.retour.store.StoreException
                || ex instanceof IllegalArgumentException) {
            code = ex instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.INPUT;
            message = ex.getMessage();
        } else {
            code = ExitCodes.INTERNAL;
            message = "internal error: " + ex + (debug ? "" : " (run with --debug for details)");
        }
        err.println("retour: " + oneLine(message));
        if (debug) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Reports a command-line error in one line, with a pointer to help. */
    static int usage(CommandLine.ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        cl.getErr().println("retour: " + oneLine(ex.getMessage()) + " (see '" + cl.getCommandSpec().qualifiedName()
                + " --help')");
        cl.getErr().flush();
        return ExitCodes.USAGE;
    }

    private static boolean isDebug(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }

    private static String oneLine(String s) {
        return s == null ? "unknown error" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
