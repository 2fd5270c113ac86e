package org.retour.store.dedupe;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The SHA-256 of a document's normalised text, which exact copies share: NFKC, lower case, white
 * space collapsed, typographic quotes and dashes unified.
 */
public final class TextFingerprint {

    private TextFingerprint() {
    }

    /** The normalised form of {@code text} that the hash is taken of. */
    public static String normalise(String text) {
        String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        char[] out = new char[n.length()];
        int len = 0;
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = len > 0;
                continue;
            }
            if (space) {
                out[len++] = ' ';
                space = false;
            }
            out[len++] = switch (c) {
                case '\u2018', '\u2019', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> '-';
                default -> c;
            };
        }
        return new String(out, 0, len);
    }

    /** A digest per thread: looking one up by name costs more than hashing a short article. */
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    });

    /** The hex SHA-256 of the normalised text. */
    public static String hash(String text) {
        MessageDigest md = SHA256.get();
        md.reset();
        return HexFormat.of().formatHex(md.digest(normalise(text).getBytes(StandardCharsets.UTF_8)));
    }
}
