package org.retour.eval;

/** A gold file that cannot be read: the message names the file and says what is wrong, in one line. */
public final class GoldFormatException extends RuntimeException {

    public GoldFormatException(String message) {
        super(message);
    }
}
