package org.retour.store;

/** The store cannot do what was asked: the database or the index failed; the message is one line. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
