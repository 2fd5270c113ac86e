package org.retour.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
    /**
     * This thread's memos with their cues and languages, in the order made.
     *
     * <p>Design decision: a document asks for its memo once, and a thread holds a few (one per language); a walk
     * over them comparing the cues by identity costs less than hashing a new key into a map.
     */
    private static final ThreadLocal<List<Held>> LOCAL = ThreadLocal.withInitial(ArrayList::new);

    private final String[] words = new String[SLOTS];
    private final byte[] answers = new byte[SLOTS];

    /** The cues and the language of a memo, with the memo. */
    private record Held(SpeechCues cues, String lang, CueMemo memo) {
    }

    private CueMemo() {
    }

    /** This thread's memo of {@code cues} in {@code lang}. */
    static CueMemo of(SpeechCues cues, String lang) {
        List<Held> held = LOCAL.get();
        for (int i = 0; i < held.size(); i++) {
            Held k = held.get(i);
            if (k.cues() == cues && Objects.equals(k.lang(), lang)) {
                return k.memo();
            }
        }
        if (held.size() >= MAX_MEMOS) {
            held.clear();
        }
        CueMemo memo = new CueMemo();
        held.add(new Held(cues, lang, memo));
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
