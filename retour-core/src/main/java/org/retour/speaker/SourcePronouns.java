package org.retour.speaker;

import java.util.function.BiFunction;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.GrammarWords;

/**
 * The person a source phrase's pronoun stands for when it opens the sentence right before a pronoun cue
 * (« Pour elle, Nadia « a menti ». « … », a-t-elle ajouté », "According to him, Sami “never broke with them.”
 * “…,” he said"): the sentence gives that person's view of someone else, who is told of and does not take the
 * floor; the pronoun cue goes on with the one whose view it is. Thread-safe.
 */
final class SourcePronouns {

    private final SpeechCues cues;
    private final CueFinder finder;
    private final java.util.Set<String> determiners = GrammarWords.bundled().anyLanguage(GrammarWords.Kind.DEFINITE,
            GrammarWords.Kind.PLURAL, GrammarWords.Kind.DEMONSTRATIVE, GrammarWords.Kind.INDEFINITE, GrammarWords.Kind.CONTRACTED);

    SourcePronouns(SpeechCues cues, PronounLinker pronouns) {
        this.cues = cues;
        this.finder = new CueFinder(cues, pronouns);
    }

    /**
     * The person the pronoun of a source phrase refers to ({@code resolve} given the pronoun and its offset)
     * when that phrase opens the sentence right before the one at {@code offset}, in the same paragraph, no verb
     * of speech follows it there and its gender fits {@code p}; else null.
     */
    Referent before(SpeakerDocument d, int offset, Pronoun p, BiFunction<Pronoun, Integer, Referent> resolve) {
        int own = SpeakerSentences.sentenceStart(d, offset);
        int previous = SpeakerSentences.previousSentenceStart(d, own, d.paragraphStarts.get(d.paragraph(offset)));
        if (previous < 0) {
            return null;
        }
        int last = d.tokenAt(own);
        int k = d.tokenAt(previous);
        while (k < last && !Tokens.isWord(d.tokens.get(k))) {
            k++; // "» Selon lui, …": past the closing mark of the quote before
        }
        CueMatch m = k < last ? finder.cueAt(d, k, k, last) : null;
        int object = m == null ? -1 : m.last() + 1;
        if (m == null || !m.source() || m.first() != k || object + 1 >= last
                || !Tokens.adjacent(d.text, d.tokens.get(m.last()), d.tokens.get(object))
                || cues.kind(d.lower(object), d.lang) != SpeechCues.Kind.OBJECT
                || !Tokens.is(d.text, d.tokens.get(object + 1), ",")) {
            return null;
        }
        Pronoun source = new Pronoun(cues.verbGender(d.lower(object), d.lang), false);
        if (!source.gender().compatible(p.gender())) {
            return null;
        }
        TokenCues kinds = d.tokenCues(cues);
        for (int j = object + 1; j < last; j++) {
            if (kinds.kind(j) == SpeechCues.Kind.VERB && !determiners.contains(d.lower(j - 1))) { // not "l'accusé"
                return null; // "Selon lui, Karim a raconté …": the subject reports in his own words
            }
        }
        Referent r = resolve.apply(source, d.tokens.get(k).span().start());
        return r != null && r.gender().compatible(p.gender()) ? r : null;
    }
}
