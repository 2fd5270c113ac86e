package org.retour.speaker;

import java.util.List;
import java.util.Objects;
import org.retour.model.Token;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The subject of a sentence: the person named or described among its first words, past an opening prepositional
 * phrase and its comma ("Sur les raisons de son départ, il hésite"), not a complement, a possessive or a name that
 * only modifies a noun, unless it owns the voice or eyes the sentence opens with ({@link ExpressiveOwners}); or the
 * person a singular subject pronoun there, or a phrase for the one mentioned last that opens it (« Ce dernier »), refers
 * to.
 *
 * <p>Immutable and thread-safe.
 */
final class SentenceSubjects {

    /** What a pronoun at a place refers to ({@link PronounSpeakers#resolve(SpeakerDocument, Pronoun, int, int)}). */
    @FunctionalInterface
    interface PronounResolver {
        /** The person the pronoun {@code p} at {@code at} refers to, for a quote opening at {@code open}, or null. */
        Referent resolve(SpeakerDocument d, Pronoun p, int at, int open);
    }

    private final SubjectRules subjectRules;
    private final PronounLinker pronouns;
    private final SpeechCues cues;
    private final PronounResolver resolver;
    private final ExpressiveOwners expressive = ExpressiveOwners.bundled();
    private final LatterSpeakers latterPhrases = LatterSpeakers.bundled();

    SentenceSubjects(SubjectRules subjectRules, PronounLinker pronouns, SpeechCues cues, PronounResolver resolver) {
        this.subjectRules = Objects.requireNonNull(subjectRules);
        this.pronouns = Objects.requireNonNull(pronouns);
        this.cues = Objects.requireNonNull(cues);
        this.resolver = Objects.requireNonNull(resolver);
    }

    /**
     * The subject of the sentence starting at {@code sentenceStart}, before {@code to}: a person named or
     * described among its first {@link SubjectRules#SUBJECT_WORDS} words, or the person a singular pronoun there
     * refers to; else null.
     */
    Referent subject(SpeakerDocument d, int sentenceStart, int to) {
        int words = 0;
        boolean opener = false; // "Dans la cuisine de sa mère, à Saint-Léonard, il parle": past a place's complements
        int first = d.tokenAt(sentenceStart);
        if (first < d.tokens.size() && subjectRules.opensPhrase(d, first) && commaAfter(d, first + 1, first + PronounSpeakers.OPENER_TOKENS)) {
            opener = true; // "Sur les raisons de son départ, il hésite": the subject after the opening phrase's comma
        }
        Referent latter = !opener && first < d.tokens.size() ? latterPhrases.at(d, d.tokens.get(first).span().start()) : null;
        if (latter != null) {
            return latter; // « Ce dernier a pris la parole. », "The latter nodded.": the one mentioned last
        }
        boolean inPhrase = opener; // "Asked what he would say, Mr Ouazzani paused": its pronoun is no subject
        boolean agentPhrase = opener && subjectRules.agentOpener(d, first); // "Asked by …", « Interrogé par … »
        for (int k = first; k < d.tokens.size() && (words <= SubjectRules.SUBJECT_WORDS || opener && k - first <= PronounSpeakers.OPENER_TOKENS); k++) {
            Token t = d.tokens.get(k);
            if (t.span().start() >= to) {
                return null;
            }
            if (opener && Tokens.is(d.text, t, ",") && k - first <= PronounSpeakers.OPENER_TOKENS) {
                words = 0;
                inPhrase = false;
                continue;
            }
            List<Referent> here = d.referents.within(t.span().start(), to);
            if (!here.isEmpty() && here.get(0).span().start() == t.span().start()) {
                Referent r = here.get(0);
                if (!inPhrase && expressive.owns(d, k, r, words)) {
                    return r; // « La voix de Yassine tremble », "The voice of Yassine breaks": the one whose voice it is
                }
                if (inPhrase && agentPhrase) { // "Asked by assistant coroner Richard Atherton why …, Mr Mahmood said"
                    k = d.tokenAt(r.span().end()) - 1; // the one who asked is no subject
                    continue;
                }
                if (subjectRules.governed(d, r) && !subjectRules.modifier(d, k, r) && !SubjectRules.possessive(d, r)
                        && k > first && commaAfter(d, d.tokenAt(r.span().end()), first + PronounSpeakers.OPENER_TOKENS)) {
                    opener = true; // a complement inside an opening prepositional phrase, not the subject
                    k = d.tokenAt(r.span().end()) - 1;
                    continue;
                }
                if (subjectRules.modifier(d, k, r) || subjectRules.governed(d, r) || SubjectRules.possessive(d, r)) {
                    return null;
                }
                int cue = ParentheticalCues.pronounAfter(d, pronouns, cues, r);
                if (cue >= 0) { // "Malik, he said, “was not a bystander”": the one the cue's pronoun stands for
                    int at = d.tokens.get(cue).span().start();
                    return resolver.resolve(d, pronouns.pronounIn(d.text, d.tokens, d.lowered, cue, d.lang).pronoun(), at, at);
                }
                return r;
            }
            PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
            if (f != null && k > first && (inPhrase || Tokens.isWord(d.tokens.get(k - 1)) && subjectRules.preposition(d, k - 1))) {
                // "À côté d'elle, sa belle-fille, Nadia, …": a pronoun after a preposition is its complement
                opener |= commaAfter(d, k + 1, first + PronounSpeakers.OPENER_TOKENS);
                words++;
                continue;
            }
            if (f != null) { // a subject pronoun continues the last speaker before it picks a nearer object
                return f.pronoun().plural() ? null
                        : resolver.resolve(d, f.pronoun(), t.span().start(), t.span().start());
            }
            if (Tokens.isWord(t)) {
                words++;
            }
        }
        return null;
    }

    /** Whether a comma comes at or after token {@code k} and before token {@code limit}, among words only. */
    private static boolean commaAfter(SpeakerDocument d, int k, int limit) {
        return SpeakerSentences.commaAmongWords(d, k, limit) >= 0;
    }
}
