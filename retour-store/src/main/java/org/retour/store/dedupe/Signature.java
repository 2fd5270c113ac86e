package org.retour.store.dedupe;

import java.nio.ByteBuffer;
import java.util.Base64;

/**
 * A MinHash signature: the minimum of each hash function over a text's shingles.
 *
 * @param values one unsigned 32-bit value per hash function; empty for a text without words
 */
public record Signature(long[] values) {

    public Signature {
        values = values.clone();
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    /** Whether the text had no word to sign. */
    public boolean isEmpty() {
        return values.length == 0;
    }

    /** The estimated Jaccard similarity: the share of hash functions on which both agree. */
    public double similarity(Signature other) {
        if (values.length == 0 || values.length != other.values.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                same++;
            }
        }
        return (double) same / values.length;
    }

    /** The signature as Base64 text, for storage. */
    public String encode() {
        ByteBuffer b = ByteBuffer.allocate(values.length * Integer.BYTES);
        for (long v : values) {
            b.putInt((int) v);
        }
        return Base64.getEncoder().encodeToString(b.array());
    }

    /** Reads a signature written by {@link #encode}. */
    public static Signature decode(String text) {
        byte[] bytes = Base64.getDecoder().decode(text);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        long[] v = new long[bytes.length / Integer.BYTES];
        for (int i = 0; i < v.length; i++) {
            v[i] = Integer.toUnsignedLong(b.getInt());
        }
        return new Signature(v);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && java.util.Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Signature[" + values.length + " values]";
    }
}
