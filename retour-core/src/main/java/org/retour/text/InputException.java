package org.retour.text;

/** Input that cannot be read as a document; the message is one line a person can act on. */
public final class InputException extends Exception {

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
