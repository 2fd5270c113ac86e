package org.retour.speaker;

/**
 * The byte that keeps a word's kind (an enum constant or none) for a token once it has been read, so that rules asking
 * about the same token quote after quote read the word once per document: 0 for not read yet, the constant's ordinal
 * plus one, or one past the last constant for none.
 *
 * <p>Stateless and thread-safe.
 */
final class KindCodes {

    private KindCodes() {
    }

    /** The code of {@code kind} (null for none) among {@code values}: never 0. */
    static <K extends Enum<K>> byte encode(K kind, K[] values) {
        return (byte) (kind == null ? values.length + 1 : kind.ordinal() + 1);
    }

    /** The kind a code other than 0 stands for among {@code values}, or null for none. */
    static <K extends Enum<K>> K decode(int code, K[] values) {
        return code > values.length ? null : values[code - 1];
    }
}
