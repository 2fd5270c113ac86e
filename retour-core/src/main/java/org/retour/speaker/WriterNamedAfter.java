package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * The writer of a document whose words a cue gives with the document as its subject, named in apposition at the
 * head of a sentence right after it: in "“…,” the letter says. The writer, Marcus Oyelaran, 37, …" the words are
 * Oyelaran's. Words come from {@code org/retour/speaker/document-writers.txt}.
 *
 * <p>Reads the cue's neighbours and the first words of at most {@link #SENTENCES} sentences after it: a bounded
 * window. Immutable and thread-safe.
 */
final class WriterNamedAfter {

    /** How many sentences after the cue's own the writer may be named at the head of. */
    static final int SENTENCES = 2;

    private static final WriterNamedAfter BUNDLED = new WriterNamedAfter(
            ResourceLines.classpath("org/retour/speaker/document-writers.txt"));

    private final KindWords kinds;

    private WriterNamedAfter(List<String> lines) {
        this.kinds = KindWords.read(lines, Set.of("document", "writer", "det"), "document writers");
    }

    static WriterNamedAfter bundled() {
        return BUNDLED;
    }

    /** The writer named after a cue whose subject is a document, or null. */
    Referent writer(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null || !documentSubject(d, cue)) {
            return null;
        }
        int own = VoiceContext.sentenceAt(d.sentences, cue.span().start());
        for (int i = own + 1; own >= 0 && i <= own + SENTENCES && i < d.sentences.size(); i++) {
            Referent w = apposedWriter(d, d.tokenAt(d.sentences.get(i).span().start()));
            if (w != null) {
                return w;
            }
        }
        return null;
    }

    /** Whether a determiner and a document's noun stand right before the cue's verb or right after it. */
    private boolean documentSubject(SpeakerDocument d, CueMatch cue) {
        int b = cue.first() - 1;
        int a = cue.last() + 1;
        return b >= 1 && is(d, b, "document") && is(d, b - 1, "det")
                || a + 1 < d.tokens.size() && is(d, a, "det") && is(d, a + 1, "document");
    }

    /** The person named after "The writer," at token {@code k}, or null. */
    private Referent apposedWriter(SpeakerDocument d, int k) {
        if (k + 3 >= d.tokens.size() || !is(d, k, "det") || !is(d, k + 1, "writer")
                || !Tokens.is(d.text, d.tokens.get(k + 2), ",")) {
            return null;
        }
        int from = d.tokens.get(k + 3).span().start();
        for (Referent r : d.referents.within(d.tokens.get(k).span().start(), d.tokens.get(k + 3).span().end())) {
            if (r.person() != null && r.person().mentions().stream().anyMatch(m -> m.span().start() == from)) {
                return r; // the writer's description may carry the name it is apposed to
            }
        }
        return null;
    }

    private boolean is(SpeakerDocument d, int k, String kind) {
        return d.wordOf(kinds, kind, k);
    }
}
