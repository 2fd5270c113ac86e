package org.retour.speaker;

import java.util.List;
import org.retour.model.Sentence;
import org.retour.model.Span;
import org.retour.speaker.VoiceContext.Signal;

/**
 * The {@link VoiceContext} signals of a document's sentences, each counted once however many speakers are
 * mentioned in it.
 *
 * <p>Design decision: the sentences of several speakers' mentions overlap; the token offsets are read
 * once into an array for the searches, and each sentence's counts are kept on first use.
 */
final class SentenceSignals {
    final List<Sentence> sentences;
    private final Signal[] sig;
    private final org.retour.entity.TokenView view;
    private final SignalCounts[] counts;

    SentenceSignals(org.retour.entity.TokenView view, Signal[] sig, List<Sentence> sentences) {
        this.sentences = sentences;
        this.sig = sig;
        this.view = view;
        this.counts = new SignalCounts[sentences.size()];
    }

    /** The index of the first token whose start is at or after {@code offset}. */
    int tokenAt(int offset) {
        return view.indexAt(offset);
    }

    /** Adds to {@code c} the signals of the sentence holding {@code offset}, if one does. */
    void addTo(SignalCounts c, int offset) {
        int k = Sentence.indexHolding(sentences, offset);
        if (k >= 0) {
            addSentence(c, k);
        }
    }

    /** Adds to {@code c} the signals of sentence {@code k}, for a caller that has already found it. */
    void addSentence(SignalCounts c, int k) {
        SignalCounts own = counts[k];
        if (own == null) {
            Span span = sentences.get(k).span();
            own = SignalCounts.count(sig, tokenAt(span.start()), tokenAt(span.end()));
            counts[k] = own;
        }
        c.add(own);
    }
}
