package org.retour.speaker;

import java.util.List;
import org.retour.model.Token;
import org.retour.model.Voice;
import org.retour.person.PersonLexicon;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The named person an epithet takes up when it speaks right after a quote: a definite description that inverts the
 * cue after the closing mark (« … », a plaidé l'avocat; « … », a déclaré le Lausannois; « … », a affirmé le
 * recruteur) is the subject named at the head of the sentence right before the quote in its paragraph (« La défense
 * de Samir K., Me Paul Girard, a dénoncé … », « Entendu comme témoin, Rachid L. a minimisé son rôle. »). News names a
 * person as the subject of a sentence, quotes them in the next and takes them up by their role, origin or age in the
 * cue; an epithet whose role gives a voice other than the subject's own, a kin noun, a possessive, a noun of the
 * accused or an age (« le trentenaire ») is left to the rules that read those.
 *
 * <p>Reads a few tokens around the cue and the referents of one sentence. Stateless and thread-safe.
 */
final class EpithetSubjects {

    /** The most words (auxiliary, verb, adverb) between the comma after the closing mark and the epithet. */
    static final int CUE_WORDS = 4;

    /** Closing quotation marks after which a cue inverts its subject. */
    private static final String CLOSING = "»\u201d\"\u203a\u201c";

    /** Opening quotation marks, paired with {@link #CLOSING} in order. */
    private static final String OPENING = "«\u201c\"\u2039\u201e";

    /** How many sentences a subject pronoun carries the subject named before them ("Il a décrit …"). */
    static final int PRONOUN_SENTENCES = 2;

    private static final PronounLinker PRONOUNS = new PronounLinker(PersonLexicon.bundled());

    /** Voices of persons whom only their own role takes up. */
    private static final java.util.Set<Voice> OFFICE = java.util.EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER,
            Voice.JOURNALIST);

    private EpithetSubjects() {
    }

    /** The named subject {@code r}, a definite description after a quote's cue, takes up; or null. */
    static Referent named(SpeakerDocument d, SubjectRules rules, Referent r) {
        if (r.description() == null || !r.description().definite() || r.description().role() == null
                || rules.opensPossessive(d, r.description())
                || PossessiveReferents.bundled().kin(d.lang, r.description().role())
                || Defendants.bundled().accused(d.lang, r.description().role()) // « le prévenu »: the one on trial
                || aged(d.descriptionMemo.ages(r.description().role(), d.lang))) { // « le trentenaire »: whose age fits
            return null;
        }
        int close = closingMarkBefore(d, d.tokenAt(r.span().start()));
        if (close < 0) {
            return null;
        }
        int paragraph = d.paragraphStarts.get(d.paragraph(close));
        int open = d.text.lastIndexOf(OPENING.charAt(CLOSING.indexOf(d.text.charAt(close))), close - 1);
        if (open < paragraph) {
            return null;
        }
        int own = SpeakerSentences.sentenceStart(d, open);
        if (!QuoteOffsets.blank(d.text, Math.max(own, paragraph), open)) {
            return null; // "Il a décrit son quotidien : « … », a déclaré le Genevois": the sentence's own subject
        }
        int end = Math.max(own, paragraph);
        int previous = SpeakerSentences.previousSentenceStart(d, end, paragraph);
        for (int back = 0; previous >= 0 && back < PRONOUN_SENTENCES && pronounHeads(d, previous, r); back++) {
            end = previous; // "Daniel D. a reconnu les faits. Il a décrit … « … », a déclaré le Genevois"
            previous = SpeakerSentences.previousSentenceStart(d, previous, paragraph);
        }
        if (previous < 0) {
            return null;
        }
        List<Referent> refs = d.referents.within(previous, end);
        if (refs.isEmpty()) {
            return null;
        }
        Referent first = refs.get(0);
        if (first.person() == null && first.description() != null && first.description().definite()) {
            Referent apposed = ApposedNames.after(d, first); // "À l'audience, l'accusé, Marc P., a reconnu les faits."
            first = apposed != null ? new Referent(first.span(), apposed.person(), null, apposed.gender()) : first;
        }
        if (first.person() == null || !first.gender().compatible(r.gender()) || !heads(d, rules, previous, first)
                || !fits(d, r, first)) {
            return null;
        }
        return new Referent(r.span(), first.person(), r.description(), first.gender().or(r.gender()));
    }

    /** Whether a role speaks of an age: a decade noun, an age in figures, old or young age, or a rank of age. */
    private static boolean aged(RoleAges ages) {
        return ages.aged() || ages.decade() > 0 || ages.plain() || ages.rank() != 0;
    }

    /** Whether the sentence at {@code sentence} opens on a singular subject pronoun whose gender fits {@code r}'s. */
    private static boolean pronounHeads(SpeakerDocument d, int sentence, Referent r) {
        int k = d.wordAt(sentence);
        PronounLinker.Found p = k < d.tokens.size() ? PRONOUNS.pronounIn(d.text, d.tokens, d.lowered, k, d.lang) : null;
        return p != null && !p.pronoun().plural() && p.pronoun().gender().compatible(r.gender())
                && d.referents.within(sentence, p.span().end()).isEmpty();
    }

    /**
     * The offset of the closing mark before the comma and the few words of the cue that end right before token
     * {@code k} ("», a plaidé | l'avocat"), or -1.
     */
    private static int closingMarkBefore(SpeakerDocument d, int k) {
        int j = k - 1;
        int words = 0;
        while (j >= 0 && Tokens.isWord(d.tokens.get(j)) && words < CUE_WORDS) {
            j--;
            words++;
        }
        if (words == 0 || j < 1 || !Tokens.is(d.text, d.tokens.get(j), ",")) {
            return -1;
        }
        Token mark = d.tokens.get(j - 1);
        int at = mark.span().start();
        return mark.span().length() == 1 && CLOSING.indexOf(d.text.charAt(at)) >= 0 ? at : -1;
    }

    /**
     * Whether {@code r} heads the sentence starting at {@code sentence}: its first word past titles, or the first
     * after the comma that closes a short opening phrase ("Entendu comme témoin, Rachid L.").
     */
    private static boolean heads(SpeakerDocument d, SubjectRules rules, int sentence, Referent r) {
        int k = d.tokenAt(sentence);
        int at = d.tokenAt(r.span().start());
        while (k < at && !Tokens.isWord(d.tokens.get(k))) {
            k++;
        }
        return rules.pastTitles(d, k) >= at || ParagraphFloor.afterOpeningPhrase(d, rules, k, at);
    }

    /**
     * Whether the epithet's role leaves the subject's voice open: the subject's own voice or noun, else no voice on
     * either side; one who holds an office, studies or reports is taken up by that role only (« La présidente
     * l'interroge. « … », répond l'accusée » is not the judge).
     */
    private static boolean fits(SpeakerDocument d, Referent epithet, Referent subject) {
        Voice described = d.voiceOf(epithet.description().role());
        String role = subject.person().role();
        Voice own = role == null ? Voice.UNKNOWN : d.voiceOf(role);
        if (own == described || role != null && Inflection.shareNoun(role, epithet.description().role(), d.lang)) {
            return true;
        }
        return !OFFICE.contains(own) && (described == Voice.UNKNOWN || own == Voice.UNKNOWN);
    }
}
