package org.retour.speaker;

import org.retour.speaker.VoiceContext.Signal;

/** Counts of {@link VoiceContext} signals over a stretch of tokens, one count per signal. */
final class SignalCounts {

    /** How many signals there are (read once: {@code values()} copies its array at each call). */
    private static final int SIGNALS = Signal.values().length;

    final int[] n = new int[SIGNALS];

    int get(Signal s) {
        return n[s.ordinal()];
    }

    /** The kin words, parents' included ("sa mère", "his son"). */
    int kin() {
        return get(Signal.KIN) + get(Signal.PARENT);
    }

    /** Counts one more of {@code s}. */
    void note(Signal s) {
        n[s.ordinal()]++;
    }

    /** The signals of tokens {@code from} (inclusive) to {@code to} (exclusive) of {@code sig}. */
    static SignalCounts count(Signal[] sig, int from, int to) {
        SignalCounts c = new SignalCounts();
        for (int k = from; k < to; k++) {
            Signal s = sig[k];
            if (s != null) {
                c.n[s.ordinal()]++;
            }
        }
        return c;
    }

    /** Adds the counts of {@code c} to these. */
    void add(SignalCounts c) {
        for (int i = 0; i < n.length; i++) {
            n[i] += c.n[i];
        }
    }
}
