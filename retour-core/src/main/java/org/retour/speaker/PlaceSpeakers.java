package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.blank;
import static org.retour.speaker.QuoteOffsets.lastNonBlankBefore;
import static org.retour.speaker.QuoteOffsets.lineStart;

import java.util.List;
import org.retour.person.Gender;
import org.retour.person.PersonLexicon;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.GrammarWords;

/**
 * Speakers that a quote's place in the text gives when no person stands beside a cue: the person before
 * a colon that introduces it, the speaker whose words its paragraph continues, the interviewee who
 * answers a question, the speaker a French narrative infinitive ("Et d'ajouter : « … »") continues.
 *
 * <p>Stateless and thread-safe.
 */
final class PlaceSpeakers {

    /** How many paragraphs after the speaker's last words an uncued quote still continues them when no one else comes up. */
    static final int CONTINUED_PARAGRAPHS = 1;

    private PlaceSpeakers() {
    }

    /**
     * The person who answers an interview's question: a quote that opens its paragraph right after a
     * paragraph that asks a question ("Pourquoi êtes-vous parti ?") goes to the current speaker, or, at
     * the first answer, to the first person the article names.
     */
    static Referent answerer(SpeakerDocument d, int open) {
        int line = lineStart(d.text, open);
        if (line == 0 || !blank(d.text, line, open)) {
            return null;
        }
        int last = lastNonBlankBefore(d.text, line);
        if (last < 0 || d.text.charAt(last) != '?') {
            return null;
        }
        if (d.lastSpeaker != null) {
            return d.lastSpeaker;
        }
        for (Referent r : d.referents.all()) {
            if (r.person() != null) {
                return r;
            }
        }
        return null;
    }

    /**
     * An unnamed speaker for a singular pronoun that refers to no one the text names or describes ("Ancien
     * combattant de 31 ans, il a passé deux ans en Syrie" … "raconte-t-il"): the pronoun itself.
     */
    static Referent unnamed(SpeakerDocument d, PronounLinker.Found f) {
        Gender g = f.pronoun().gender();
        return new Referent(f.span(), null, new org.retour.person.PersonDescription(f.span(), f.span().of(d.text), null, g,
                false), g);
    }

    /**
     * The one asked, for a quote that opens the paragraph right after a quote that put a question to
     * someone ("« Et les exécutions, vous les avez vues ? », l'interroge la magistrate." then "« Oui. … »"),
     * or that follows such a question in its paragraph with no one named between ("« Vous saviez ? » Long
     * silence. « J'entendais. »"): the speaker before the asker; else null.
     */
    static Referent asked(SpeakerDocument d, int open) {
        return d.asked && followsLastTurn(d, open) ? d.otherSpeaker : null;
    }

    /**
     * The one who asked before, for a question that addresses someone ("« Et qu'avez-vous défendu ? »") with no cue,
     * opening the paragraph right after an answer to that person's question or following that answer in its
     * paragraph with no one named between: the two take turns, so the next question is the asker's again; else null.
     */
    static Referent askedBack(SpeakerDocument d, int open) {
        return d.answered && d.otherSpeaker != null && followsLastTurn(d, open) ? d.otherSpeaker : null;
    }

    /**
     * Whether the quote opening at {@code open} takes the turn after the last speaker's words: it opens the
     * paragraph right after theirs, or follows their words in their paragraph with no one named between.
     */
    private static boolean followsLastTurn(SpeakerDocument d, int open) {
        boolean next = d.paragraph(open) - d.lastParagraph == 1 && blank(d.text, lineStart(d.text, open), open);
        boolean same = d.paragraph(open) == d.lastParagraph && d.lastEnd >= 0 && d.lastEnd <= open
                && d.referents.within(d.lastEnd, open).isEmpty();
        return next || same;
    }

    /** Whether a cue is a verb with no subject of its own: the French narrative infinitive ("Et d'ajouter"). */
    static boolean subjectless(SpeakerDocument d, CueMatch cue) {
        if (cue.source() || cue.pronoun() != null || !"fr".equals(d.lang) || cue.first() == 0) {
            return false;
        }
        String before = d.lower(cue.first() - 1);
        return GrammarWords.bundled().of(GrammarWords.Kind.OF, "fr").contains(before);
    }

    /** The previous speaker when they spoke in this paragraph or at most two before it, else null. */
    static Referent recentSpeaker(SpeakerDocument d, int open) {
        return d.lastSpeaker != null && d.paragraph(open) - d.lastParagraph <= PronounSpeakers.INVERTED_PARAGRAPHS ? d.lastSpeaker : null;
    }

    /**
     * The colon before a quote that a possessive noun announces ("Ihr Befund : „…“", "Son constat : « … »",
     * "His verdict: "…""), whose owner a pronoun there would refer to; -1 elsewhere, and for possessives
     * whose owner is several people or the writer ("Their verdict:").
     */
    static int possessiveColon(SpeakerDocument d, int bStart, int bEnd, VoiceLexicon voices, PersonLexicon lexicon) {
        int c = lastNonBlankBefore(d.text, bEnd);
        if (c < bStart || d.text.charAt(c) != ':') {
            return -1;
        }
        int first = d.tokenAt(bStart);
        if (first >= d.tokens.size() || !Tokens.isWord(d.tokens.get(first)) || !voices.possessive(d.lower(first), d.lang)
                || lexicon.is(PersonLexicon.Kind.SHARED, d.lower(first), d.lang)) {
            return -1;
        }
        int words = 0;
        for (int k = first; k < d.tokens.size() && d.tokens.get(k).span().start() < c; k++) {
            words += Tokens.isWord(d.tokens.get(k)) ? 1 : 0;
        }
        return words <= 3 ? c : -1;
    }

    /** "Peter Neumann : « … »": a person right before a colon that introduces the quote. */
    static Referent colonSpeaker(SpeakerDocument d, int bStart, int bEnd) {
        int c = lastNonBlankBefore(d.text, bEnd);
        if (c < bStart || d.text.charAt(c) != ':') {
            return null;
        }
        List<Referent> refs = d.referents.within(bStart, c);
        if (refs.isEmpty()) {
            return null;
        }
        Referent r = refs.get(refs.size() - 1);
        return blank(d.text, r.span().end(), c) ? r : null;
    }

    /**
     * Whether a quote with no cue continues the previous speaker's words: in the same paragraph, in the next
     * one when it opens with the quote, or in the next one when no one else comes up before the quote and
     * no organisation opens the quote's sentence ("Hamza parle d'abord des siens. « … »" then "Puis des
     * habitants. « … »").
     */
    static boolean continues(SpeakerDocument d, int open) {
        if (d.lastSpeaker == null) {
            return false;
        }
        int p = d.paragraph(open);
        if (p == d.lastParagraph || p == d.lastParagraph + 1 && blank(d.text, lineStart(d.text, open), open)) {
            return true;
        }
        if (p - d.lastParagraph > CONTINUED_PARAGRAPHS || p <= d.lastParagraph) {
            return false;
        }
        int sentence = Math.max(SpeakerSentences.sentenceStart(d, open), lineStart(d.text, open));
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            if (o.span().start() >= sentence && o.span().start() < open) {
                return false; // "L'inspection relève « … »": the organisation's words
            }
        }
        int from = d.paragraphStarts.get(d.lastParagraph + 1);
        for (Referent r : d.referents.within(from, open)) {
            if (!SpeakerDocument.same(r, d.lastSpeaker) && !ObjectReferents.isObject(d, r)) {
                return false; // someone else comes up between the speaker's words and the quote
            }
        }
        return true;
    }
}
