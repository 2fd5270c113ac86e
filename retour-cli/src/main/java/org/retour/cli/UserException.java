package org.retour.cli;

/** An error caused by what the user gave: printed as one line, with its exit code. */
public final class UserException extends RuntimeException {

    private final int exitCode;

    public UserException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The exit code to end with. */
    public int exitCode() {
        return exitCode;
    }
}
