package org.retour.coding;

/** A codebook that cannot be used: the message names the file, the line and the reason. */
public final class CodebookException extends IllegalArgumentException {

    public CodebookException(String message) {
        super(message);
    }

    public CodebookException(String message, Throwable cause) {
        super(message, cause);
    }
}
