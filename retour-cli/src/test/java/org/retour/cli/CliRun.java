package org.retour.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code retour} command line in process: its exit code and what it printed. */
record CliRun(int exitCode, String out, String err) {

    /** Runs {@code retour args…}. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RetourCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs {@code retour args…} with {@code stdin} as standard input. */
    static CliRun withStdin(byte[] stdin, String... args) {
        InputStream saved = System.in;
        System.setIn(new ByteArrayInputStream(stdin));
        try {
            return of(args);
        } finally {
            System.setIn(saved);
        }
    }
}
