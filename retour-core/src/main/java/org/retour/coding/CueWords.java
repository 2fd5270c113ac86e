package org.retour.coding;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of a codebook's cues, each with the codes whose cues hold it: the soft evidence that a
 * segment speaks a code's language although no whole cue matched ("faim" without the rest of "mourir de
 * faim"). Words of fewer than four letters are left out, as they say little alone. Immutable and
 * thread-safe.
 */
final class CueWords {

    /** The shortest cue word kept. */
    static final int MIN_LENGTH = 4;

    private final Map<String, Long> exact = new HashMap<>();
    private final Map<String, Long> prefixes = new HashMap<>();
    private final int longestPrefix;

    /** The cue words of every code of {@code codebook}, in its code order (at most 64 codes). */
    CueWords(Codebook codebook) {
        List<Code> codes = codebook.codes();
        int longest = 0;
        for (int c = 0; c < Math.min(64, codes.size()); c++) {
            long bit = 1L << c;
            for (List<String> cues : codes.get(c).cues().values()) {
                for (String cue : cues) {
                    for (CuePattern.Term t : CuePattern.compile(cue).terms()) {
                        for (int k = 0; k < t.words().size(); k++) {
                            String w = t.words().get(k);
                            if (w.length() < MIN_LENGTH) {
                                continue;
                            }
                            if (t.prefix().get(k)) {
                                prefixes.merge(w, bit, (a, b) -> a | b);
                                longest = Math.max(longest, w.length());
                            } else {
                                exact.merge(w, bit, (a, b) -> a | b);
                            }
                        }
                    }
                }
            }
        }
        this.longestPrefix = longest;
    }

    /** How many words of {@code tokens} belong to each code's cues, in code order. */
    int[] counts(CueTokens tokens, int codes) {
        int[] out = new int[codes];
        for (int i = 0; i < tokens.size(); i++) {
            long bits = codesOf(tokens.forms(i));
            for (int c = 0; bits != 0 && c < codes; c++) {
                if ((bits & (1L << c)) != 0) {
                    out[c]++;
                }
            }
        }
        return out;
    }

    /** The codes (one bit each, in code order) whose cues hold one of {@code forms}. */
    long codesOf(String[] forms) {
        long bits = 0;
        for (String f : forms) {
            bits |= codesOf(f);
        }
        return bits;
    }

    private long codesOf(String form) {
        if (form.length() < MIN_LENGTH) {
            return 0;
        }
        long bits = exact.getOrDefault(form, 0L);
        for (int len = MIN_LENGTH; len <= Math.min(form.length(), longestPrefix); len++) {
            Long b = prefixes.get(form.substring(0, len));
            if (b != null) {
                bits |= b;
            }
        }
        return bits;
    }
}
