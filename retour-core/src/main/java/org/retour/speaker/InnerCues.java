package org.retour.speaker;

import java.util.List;
import java.util.Objects;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.person.DescriptionFinder;
import org.retour.person.PersonDescription;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Speech cues set between commas inside a quote's own marks ("« Là-bas, poursuit-il, on passait … »", « …, a-t-il
 * dit, … »,
 * "« …, observe Claire Lemaître, juge d'instruction. La question … »", "« …, se souvient l'éducatrice. Elle … »"):
 * a verb of speech right after a comma, behind a reflexive pronoun or not, followed by its pronoun and a comma or a
 * stop (« Elle avait raison, glisse-t-il. Elle m'attendait. »), a capitalised
 * name or a definite description that ends the clause, behind a gerund of manner or not (« …, dit l'imam en pesant ses
 * mots, … »); a pronoun may also have one adverb after it (« …, dit-il enfin. … »). Used only when no cue stands beside
 * the quote.
 *
 * <p>Immutable and thread-safe.
 */
final class InnerCues {

    /** The marks that close an inserted cue's clause when they follow its pronoun. */
    private static final String CLAUSE_ENDS = ",.;!?\u2026";

    /** The most tokens an inserted cue spans from its verb to the end of its pronoun. */
    static final int CUE_TOKENS = 6;
    /** The most words after the participle of a gerund of manner between an inserted cue and its comma. */
    static final int GERUND_WORDS = 3;

    private final CueFinder finder;
    private final SpeechCues cues;
    private final PersonLexicon lexicon;
    private final DescriptionFinder descriptions;

    InnerCues(CueFinder finder, SpeechCues cues, PersonLexicon lexicon, DescriptionFinder descriptions) {
        this.finder = Objects.requireNonNull(finder);
        this.cues = Objects.requireNonNull(cues);
        this.lexicon = Objects.requireNonNull(lexicon);
        this.descriptions = Objects.requireNonNull(descriptions);
    }

    /**
     * The person named right after an inserted cue's verb ("observe Claire Lemaître"), or the definite
     * description there (« se souvient l'éducatrice »), which the resolver then ties to its named person; or
     * null. Names inside quotes are no referents of the discourse, so the person is looked up among the
     * document's persons.
     */
    Referent named(SpeakerDocument d, CueMatch cue) {
        int next = cue.last() + 1;
        if (cue.pronoun() != null || next >= d.tokens.size()) {
            return null;
        }
        int at = d.tokens.get(next).span().start();
        for (Entity e : d.persons) {
            for (Mention m : e.mentions()) {
                if (m.span().start() == at) {
                    return new Referent(m.span(), e, null, lexicon.genderOf(e, d.lang));
                }
            }
        }
        PersonDescription described = describedAt(d, next, d.tokens.size());
        return described == null ? null : new Referent(described.span(), null, described, described.gender());
    }

    /**
     * The definite description of a person that starts at token {@code k} and ends its clause (a comma, a full
     * stop or the quote's end right after it), looked for among the few tokens before {@code last}; or null.
     */
    private PersonDescription describedAt(SpeakerDocument d, int k, int last) {
        int end = Math.min(last, k + CUE_TOKENS);
        if (k >= end || !Tokens.isWord(d.tokens.get(k)) || Tokens.capitalised(d.text, d.tokens.get(k))) {
            return null;
        }
        List<PersonDescription> found = descriptions.find(d.text, d.tokens.subList(k, end), d.lang);
        if (found.isEmpty() || !found.get(0).definite() || found.get(0).span().start() != d.tokens.get(k).span().start()) {
            return null;
        }
        PersonDescription first = found.get(0);
        int after = pastGerund(d, first.span().end());
        while (after < d.text.length() && d.text.charAt(after) == ' ') {
            after++;
        }
        return after < d.text.length() && ".,;!?»\u201d\"".indexOf(d.text.charAt(after)) >= 0 ? first : null;
    }

    /**
     * The offset past a French gerund of manner that opens at {@code at} behind spaces (« dit l'imam en pesant ses
     * mots, », « poursuit-il en souriant, »): « en », a word in « -ant » and at most {@link #GERUND_WORDS} more words
     * before a mark; else {@code at}.
     */
    static int pastGerund(SpeakerDocument d, int at) {
        int k = d.tokenAt(QuoteOffsets.skipSpaces(d.text, at));
        if (!"fr".equals(d.lang) || k + 1 >= d.tokens.size() || !"en".equals(d.lower(k))
                || !d.lower(k + 1).endsWith("ant") || !Tokens.isWord(d.tokens.get(k + 1))) {
            return at;
        }
        for (int j = k + 2; j < Math.min(d.tokens.size(), k + 2 + GERUND_WORDS + 1); j++) {
            if (!Tokens.isWord(d.tokens.get(j))) {
                return d.tokens.get(j - 1).span().end();
            }
        }
        return at;
    }

    /**
     * Whether token {@code k} is one word in lower case that may qualify the verb of an inserted cue (« dit-il enfin »,
     * « poursuit-elle doucement »): no determiner, pronoun, preposition nor conjunction that would open a clause.
     */
    private boolean adverb(SpeakerDocument d, int k) {
        Token t = d.tokens.get(k);
        return Tokens.isWord(t) && !Tokens.capitalised(d.text, t)
                && !lexicon.isAny(d.lower(k), d.lang, PersonLexicon.Kind.DET, PersonLexicon.Kind.PRON, PersonLexicon.Kind.PREP)
                && !lexicon.isAny(d.lower(k), d.lang, PersonLexicon.Kind.CONJ, PersonLexicon.Kind.REL, PersonLexicon.Kind.CLITIC);
    }

    /** Whether token {@code k} closes the inserted clause: a comma, or a stop after which the quote goes on. */
    private static boolean endsClause(SpeakerDocument d, int k) {
        Token t = d.tokens.get(k);
        return t.span().length() == 1 && CLAUSE_ENDS.indexOf(d.text.charAt(t.span().start())) >= 0;
    }

    /** The first cue inserted between commas inside the quote's text, or null. */
    CueMatch find(SpeakerDocument d, Span quote) {
        int first = d.tokenAt(quote.start());
        int last = d.tokenAt(quote.end());
        for (int k = first + 1; k < last - 1; k++) {
            if (!Tokens.is(d.text, d.tokens.get(k - 1), ",") || !Tokens.isWord(d.tokens.get(k))) {
                continue;
            }
            SpeechCues.Kind before = d.tokenCues(cues).kind(k);
            int verb = k + 1 < last && (before == SpeechCues.Kind.EMPHASIS || before == SpeechCues.Kind.AUX)
                    && d.tokenCues(cues).kind(k + 1) == SpeechCues.Kind.VERB ? k + 1 : k; // "se souvient", "a-t-il dit"
            CueMatch c = finder.cueAt(d, verb, k, Math.min(last, k + CUE_TOKENS));
            if (c == null || c.source() || c.first() != verb && c.first() != k || c.last() + 1 >= last) {
                continue;
            }
            int next = c.last() + 1;
            boolean pronounThenComma = c.pronoun() != null && (endsClause(d, next) // "poursuit-il, on" or "glisse-t-il. Elle"
                    || endsClause(d, d.tokenAt(pastGerund(d, d.tokens.get(c.last()).span().end()))) // « dit-il en souriant, »
                    || adverb(d, next) && next + 1 < last && endsClause(d, next + 1)); // « dit-il enfin. »
            boolean name = c.pronoun() == null && Tokens.isWord(d.tokens.get(next))
                    && Tokens.capitalised(d.text, d.tokens.get(next));
            if (pronounThenComma || name || c.pronoun() == null && describedAt(d, next, last) != null) {
                return c;
            }
        }
        return null;
    }
}
