package org.retour.speaker;

import java.util.List;
import java.util.Set;
import org.retour.model.Speaker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * The issuer of a statement whose words a cue gives with a neuter pronoun or the statement as its subject: in "The
 * ministry said 40 people had landed. “…,” it said in a statement" the words are the ministry's, and in "Her brother,
 * Sami Nasser, read a statement for the family. “…,” it said" they are Nasser's. The issuer is found in the
 * {@link #SENTENCES} sentences before the cue's, back into the paragraph before at most: in the nearest one that
 * names a statement, the person or organisation last named before its noun (else, after an opening phrase, the first
 * one after it: "In a statement, the ministry said"), leaving out a possessor ("Ali's cousin") and a complement of a
 * preposition or of a verb of telling ("told the BBC"); else an organisation that opens such a sentence. Words come
 * from {@code org/retour/speaker/statement-issuers.txt}.
 *
 * <p>Reads at most {@link #SENTENCES} sentences before the cue: a bounded window. Immutable and thread-safe.
 */
final class StatementIssuers {

    /** How many sentences before the cue's own the issuer may be named in. */
    static final int SENTENCES = 2;

    private static final StatementIssuers BUNDLED = new StatementIssuers(
            ResourceLines.classpath("org/retour/speaker/statement-issuers.txt"));

    private final KindWords kinds;

    /** What a statement's subject cue takes up: a body, a person, or neither. */
    record Issuer(Speaker body, Referent person) {
        static final Issuer NONE = new Issuer(null, null);
    }

    private StatementIssuers(List<String> lines) {
        this.kinds = KindWords.read(lines, Set.of("it", "statement", "det", "governs"), "statement issuers");
    }

    static StatementIssuers bundled() {
        return BUNDLED;
    }

    /** The issuer of the statement whose words the cue {@code cue} gives, or {@link Issuer#NONE}. */
    Issuer of(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source() || cue.pronoun() != null || !kinds.has("it", d.lang) || !statementSubject(d, cue)) {
            return Issuer.NONE;
        }
        int own = VoiceContext.sentenceAt(d.sentences, cue.span().start());
        int paragraph = d.paragraph(cue.span().start());
        for (int i = own - 1; i >= 0 && i >= own - SENTENCES; i--) {
            int start = d.sentences.get(i).span().start();
            if (paragraph - d.paragraph(start) > 1) {
                break;
            }
            Issuer found = inSentence(d, start, d.sentences.get(i).span().end());
            if (found != Issuer.NONE) {
                return found;
            }
        }
        return Issuer.NONE;
    }

    /**
     * Whether the cue's subject is a neuter pronoun ("“…,” it said") or a determiner and a statement's noun ("“…,” the
     * statement said") right before its verb, after a mark, a comma or the sentence's start.
     */
    private boolean statementSubject(SpeakerDocument d, CueMatch cue) {
        int k = cue.first() - 1;
        if (is(d, k, "it")) {
            return Tokens.opensClause(d.tokens, k);
        }
        return is(d, k, "statement") && is(d, k - 1, "det") && Tokens.opensClause(d.tokens, k - 1);
    }

    /** The issuer named in the sentence {@code text[start, end)}, or {@link Issuer#NONE}. */
    private Issuer inSentence(SpeakerDocument d, int start, int end) {
        int first = d.tokenAt(start);
        for (int k = d.tokenAt(end) - 1; k >= first; k--) {
            if (is(d, k, "statement")) {
                Issuer before = lastBefore(d, start, d.tokens.get(k).span().start());
                return before != Issuer.NONE ? before : firstAfter(d, d.tokens.get(k).span().end(), end);
            }
        }
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            if (o.span().start() >= end) {
                break;
            }
            if (o.span().start() >= start && !OrganisationSubjects.opensQuote(d.text, start, o.span().start())
                    && OrganisationSubjects.opens(d.text.substring(start, o.span().start()).strip()
                            .toLowerCase(java.util.Locale.ROOT))) {
                return new Issuer(CueFinder.organisationSpeaker(d, o.entity(), o.span()), null);
            }
        }
        return Issuer.NONE;
    }

    /** The person or organisation named last in {@code text[from, to)} that may issue a statement, or NONE. */
    private Issuer lastBefore(SpeakerDocument d, int from, int to) {
        Referent person = null;
        for (Referent r : d.referents.within(from, to)) {
            if (r.person() != null && r.span().end() <= to && mayIssue(d, r.span().start(), r.span().end())) {
                person = r;
            }
        }
        SpeakerDocument.OrganisationMention body = null;
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            if (o.span().start() >= to) {
                break;
            }
            if (o.span().start() >= from && mayIssue(d, o.span().start(), o.span().end())) {
                body = o;
            }
        }
        if (body != null && (person == null || body.span().start() > person.span().start())) {
            return new Issuer(CueFinder.organisationSpeaker(d, body.entity(), body.span()), null);
        }
        return person == null ? Issuer.NONE : new Issuer(null, person);
    }

    /** The organisation or person named first right after a statement's noun and a comma ("In a statement, the ministry"). */
    private Issuer firstAfter(SpeakerDocument d, int from, int to) {
        int k = d.tokenAt(from);
        if (k >= d.tokens.size() || !Tokens.is(d.text, d.tokens.get(k), ",")) {
            return Issuer.NONE;
        }
        int next = k + 1 < d.tokens.size() && is(d, k + 1, "det") ? k + 2 : k + 1;
        if (next >= d.tokens.size()) {
            return Issuer.NONE;
        }
        int at = d.tokens.get(next).span().start();
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            if (o.span().start() == at && o.span().end() <= to) {
                return new Issuer(CueFinder.organisationSpeaker(d, o.entity(), o.span()), null);
            }
        }
        for (Referent r : d.referents.within(at, to)) {
            if (r.person() != null && r.span().start() == at) {
                return new Issuer(null, r);
            }
        }
        return Issuer.NONE;
    }

    /**
     * Whether the name {@code text[start, end)} may issue a statement: no possessive after it ("Ali's cousin") and no
     * preposition or verb of telling governing it, past a determiner ("told the BBC", "to the court").
     */
    private boolean mayIssue(SpeakerDocument d, int start, int end) {
        if (end < d.text.length() && (d.text.charAt(end) == '\'' || d.text.charAt(end) == '’')) {
            return false; // "Ali's cousin", "the Smiths' lawyer": a possessor
        }
        int k = d.tokenAt(start) - 1;
        if (is(d, k, "det")) {
            k--;
        }
        return !is(d, k, "governs");
    }

    private boolean is(SpeakerDocument d, int k, String kind) {
        return d.wordOf(kinds, kind, k);
    }
}
