package org.retour.store.index;

/** A query that cannot be parsed; the message is one line that says where. */
public final class QuerySyntaxException extends IllegalArgumentException {

    public QuerySyntaxException(String message) {
        super(message);
    }
}
