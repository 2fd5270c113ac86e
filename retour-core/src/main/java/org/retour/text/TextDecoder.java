package org.retour.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes document bytes as UTF-8, replacing invalid sequences and counting where they are, and
 * refuses binary files.
 */
public final class TextDecoder {

    private TextDecoder() {
    }

    /**
     * Decodes {@code bytes}; a byte-order mark is dropped.
     *
     * @param name how to call the input in messages
     * @throws InputException when the bytes are binary (a NUL byte, or mostly control characters)
     */
    public static DecodedText decode(byte[] bytes, String name) throws InputException {
        checkNotBinary(bytes, name);
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        int invalid = 0;
        long first = -1;
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) {
                dec.flush(out);
                break;
            }
            if (r.isError()) {
                if (first < 0) {
                    first = in.position();
                }
                invalid++;
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else if (r.isOverflow()) {
                CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                bigger.put(out);
                out = bigger;
            }
        }
        out.flip();
        return new DecodedText(out.toString(), invalid, first);
    }

    private static void checkNotBinary(byte[] bytes, String name) throws InputException {
        int limit = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new InputException(name + ": binary file (NUL byte at offset " + i + "), not text");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (limit > 0 && control * 10 > limit) {
            throw new InputException(name + ": binary file (" + control + " control bytes in the first " + limit
                    + "), not text");
        }
    }
}
