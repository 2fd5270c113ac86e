package org.retour.cli;

/** The exit codes every subcommand uses. */
public final class ExitCodes {

    /** All went well. */
    public static final int OK = 0;
    /** The input could not be read or was refused. */
    public static final int INPUT = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** Some inputs were skipped; the rest was done. */
    public static final int PARTIAL = 3;
    /** A bug: something failed that should not have. */
    public static final int INTERNAL = 70;

    private ExitCodes() {
    }
}
