package org.retour.text;

/**
 * Text decoded from bytes.
 *
 * @param text               the text, with U+FFFD where the bytes were not valid UTF-8
 * @param invalidSequences   how many invalid byte sequences were replaced
 * @param firstInvalidOffset the byte offset of the first invalid sequence, or -1
 */
public record DecodedText(String text, int invalidSequences, long firstInvalidOffset) {
}
