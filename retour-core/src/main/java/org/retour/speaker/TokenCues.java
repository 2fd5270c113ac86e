package org.retour.speaker;

/**
 * The speech cue kinds of one document's tokens, each looked up once: what the token's lower-cased form
 * is as a cue, what it is with its typographic apostrophes made straight, and whether it begins a cue of
 * several words. Answers exactly what {@link SpeechCues#kind} and {@link SpeechCues#startsLongerCue}
 * answer for the forms {@link SpeakerDocument#lower} gives.
 *
 * <p>Design decision: the cue finder asks about the same tokens again and again, since the windows around
 * neighbouring quotes overlap; a byte per token, filled on first use, replaces the hash lookups of
 * strings after the first. Not thread-safe: one table serves one document on one thread.
 */
final class TokenCues {

    private static final SpeechCues.Kind[] KINDS = SpeechCues.Kind.values();
    private static final int KNOWN = 0x80;
    private static final int LONGER = 0x40;
    private static final int KIND_BITS = 3;
    private static final int KIND_MASK = (1 << KIND_BITS) - 1;

    private final SpeakerDocument d;
    private final SpeechCues cues;
    private final java.util.Map<String, Integer> words;
    /** This thread's answers for the words of earlier documents, read before {@link #words}. */
    private final CueMemo memo;
    /** Per token: {@link #KNOWN}, {@link #LONGER}, the straight form's kind (bits 3–5) and the form's (bits 0–2), 0 for none. */
    private final byte[] bits;

    TokenCues(SpeakerDocument d, SpeechCues cues) {
        this.d = d;
        this.cues = cues;
        this.words = cues.words(d.lang);
        this.memo = CueMemo.of(cues, d.lang);
        this.bits = new byte[d.tokens.size()];
    }

    /** The cues this table reads. */
    SpeechCues cues() {
        return cues;
    }

    /** The cue kind of token {@code k}'s lower-cased form, or null: {@code cues.kind(d.lower(k), d.lang)}. */
    SpeechCues.Kind kind(int k) {
        return decode(bitsOf(k) & KIND_MASK);
    }

    /** The cue kind of token {@code k}'s lower-cased form with ’ written ', or null. */
    SpeechCues.Kind straightKind(int k) {
        return decode(bitsOf(k) >> KIND_BITS & KIND_MASK);
    }

    /** Whether token {@code k}'s lower-cased form, or that form with ’ written ', begins a cue of several words. */
    boolean startsLonger(int k) {
        return (bitsOf(k) & LONGER) != 0;
    }

    private int bitsOf(int k) {
        int b = bits[k] & 0xFF;
        if (b == 0) {
            String w = d.lower(k);
            b = memo.get(w);
            if (b != 0) {
                bits[k] = (byte) b;
                return b;
            }
            Integer known = cues.mayBeWord(w) ? words.get(w) : null;
            int info = known == null ? 0 : known;
            int own = info & SpeechCues.KIND_BITS;
            if (own == 0 && w.indexOf('-') > 0) {
                own = encode(cues.kind(w, d.lang)); // read by the form before its hyphen
            }
            String straight = w.replace('’', '\'');
            int straightKind = straight == w ? own : encode(cues.kind(straight, d.lang));
            if (straight != w && cues.mayBeWord(straight)) { // "D’après": a cue of several words, as "D'après"
                Integer straightInfo = words.get(straight);
                info |= straightInfo == null ? 0 : straightInfo & SpeechCues.STARTS_LONGER;
            }
            b = KNOWN | ((info & SpeechCues.STARTS_LONGER) != 0 ? LONGER : 0) | straightKind << KIND_BITS | own;
            bits[k] = (byte) b;
            memo.put(w, b);
        }
        return b;
    }

    private static int encode(SpeechCues.Kind kind) {
        return kind == null ? 0 : kind.ordinal() + 1;
    }

    private static SpeechCues.Kind decode(int code) {
        return code == 0 ? null : KINDS[code - 1];
    }
}
