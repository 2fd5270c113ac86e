package org.retour.speaker;

import java.util.HashMap;
import java.util.Map;

/**
 * One thread's {@link TokenCues} answers, for one set of cues in one language, for the lower-cased words it
 * met last: a word and its byte of answers, slot by slot.
 *
 * <p>Design decision: a document's tokens are looked up once each, but the same words come back document
 * after document, and a token's lower-cased form is a string shared by every token written the same on the
 * thread ({@link org.retour.entity.TokenView#lower}). So the answers are kept direct-mapped (a word takes
 * the slot of its hash and replaces whatever word was there), and a lookup is mostly one array read and one
 * comparison by identity instead of probing the cues' map of strings. The cues are immutable, so a kept
 * answer never goes stale.
 *
 * <p>Not thread-safe: one per thread, cues and language ({@link #of}).
 */
final class CueMemo {

    /** The number of slots. */
    static final int SLOTS = 1 << 14;
    private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(SLOTS);
    /** How many memos a thread keeps before it starts afresh (sets of cues are few, and so are languages). */
    private static final int MAX_MEMOS = 64;
    private static final ThreadLocal<Map<Key, CueMemo>> LOCAL = ThreadLocal.withInitial(HashMap::new);

    private final String[] words = new String[SLOTS];
    private final byte[] answers = new byte[SLOTS];

    /** The cues and the language of a memo. */
    private record Key(SpeechCues cues, String lang) {
    }

    private CueMemo() {
    }

    /** This thread's memo of {@code cues} in {@code lang}. */
    static CueMemo of(SpeechCues cues, String lang) {
        Map<Key, CueMemo> m = LOCAL.get();
        Key key = new Key(cues, lang);
        CueMemo memo = m.get(key);
        if (memo == null) {
            if (m.size() >= MAX_MEMOS) {
                m.clear();
            }
            memo = new CueMemo();
            m.put(key, memo);
        }
        return memo;
    }

    /** The answers kept for {@code word}, or 0 when none are. */
    int get(String word) {
        int slot = word.hashCode() * 0x9E3779B1 >>> SHIFT;
        String w = words[slot];
        return w != null && (w == word || w.equals(word)) ? answers[slot] & 0xFF : 0;
    }

    /** Keeps {@code answers} (not 0) for {@code word}. */
    void put(String word, int answers) {
        int slot = word.hashCode() * 0x9E3779B1 >>> SHIFT;
        words[slot] = word;
        this.answers[slot] = (byte) answers;
    }
}
