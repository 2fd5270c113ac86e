package org.retour.speaker;

import java.util.List;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.PossessorNames;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The persons who hold the floor in a pronoun's paragraph: the person named at the head of the sentence
 * before, a person introduced as speaking since the last speaker's words, the person who reports beside
 * a verb of speech, and the person named after a pronoun that opens a lede. Thread-safe.
 */
final class ParagraphFloor {

    /** The most tokens a name beside a verb of speech spans. */
    static final int NAME_TOKENS = 6;

    /** How many paragraphs after its own a pronoun that opens the text with no one before it may find its name in. */
    static final int LEAD_PARAGRAPHS = 2;
    /** The most auxiliaries that may stand between a name and the verb of speech beside it. */
    static final int AUX_TOKENS = 2;

    private final SubjectRules subjectRules;
    private final DefiniteReferents definite;
    private final SpeechCues cues;
    private final org.retour.person.PronounLinker pronouns;

    ParagraphFloor(SubjectRules subjectRules, DefiniteReferents definite, SpeechCues cues,
            org.retour.person.PronounLinker pronouns) {
        this.cues = java.util.Objects.requireNonNull(cues);
        this.pronouns = java.util.Objects.requireNonNull(pronouns);
        this.subjectRules = subjectRules;
        this.definite = definite;
    }

    /**
     * The person named (not described, not a pronoun) at the head of the sentence right before the one at
     * {@code offset}, in the same paragraph, when the gender fits; else null.
     */
    Referent namedSubjectBefore(SpeakerDocument d, int offset, Pronoun p) {
        int own = SpeakerSentences.sentenceStart(d, offset);
        int previous = SpeakerSentences.previousSentenceStart(d, own, d.paragraphStarts.get(d.paragraph(offset)));
        Referent first = firstIn(d, previous, own);
        if (first != null && first.person() == null && first.description() != null && first.description().definite()) {
            Referent named = definite.named(d, first); // "Il reçoit Dylan, 19 ans. Le garçon parle peu. « … », finit-il"
            if (named != null && named.person() != null) {
                first = named;
            }
        }
        return first != null && first.person() != null
                && !SubjectRules.possessive(d, first)
                && ParentheticalCues.pronounAfter(d, pronouns, cues, first) < 0 // "Malik, he said, “…”": he speaks
                && (!subjectRules.earlierObjects().actsOnEarlier(d, first) || holdsTurn(d, first))
                && !kinToldOf(d, first, own)
                && (opens(d, previous, first) || afterOpeningPhrase(d, previous, first)) && subjectRules.titleGender(d, d.tokenAt(previous)).compatible(p.gender())
                && (first.gender().compatible(p.gender()) || givenNameGenderOnly(d, first, p, own))
                ? first : null;
    }

    /**
     * Whether a person is the current speaker, who spoke at most {@link PronounSpeakers#INVERTED_PARAGRAPHS}
     * paragraphs back: acting on someone told of before ("Thomas l'a appelé une dernière fois") does not hand the
     * floor to the one acted on, who has not spoken; the account goes on in the speaker's words.
     */
    private boolean holdsTurn(SpeakerDocument d, Referent r) {
        return d.lastSpeaker != null && d.paragraph(r.span().start()) - d.lastParagraph <= PronounSpeakers.INVERTED_PARAGRAPHS
                && SpeakerDocument.same(definite.named(d, d.lastSpeaker), r);
    }

    /**
     * Whether a person named behind a description a possessive opens ("Son ami d'enfance, Hamza, venait d'être
     * tué") is only told of by the person before them in the paragraph: that person tells (a verb of speech
     * follows them: "Karim, lui, se souvient du jour où …") and no verb of speech follows the kin before
     * {@code to}. The floor stays with the teller; "Tarik a rejoint l'EI. Son père, Mohamed, l'a cherché" gives
     * it to the father.
     */
    private boolean kinToldOf(SpeakerDocument d, Referent r, int to) {
        if (r.description() == null
                || !subjectRules.opensPossessive(d, r.description())) {
            return false;
        }
        List<Referent> before = d.referents.within(d.paragraphStarts.get(d.paragraph(r.span().start())), r.span().start());
        return !before.isEmpty() && before.get(0).person() != null && before.get(0).person() != r.person()
                && speaks(d, before.get(0).span().end(), r.span().start()) && !speaks(d, r.span().end(), to);
    }

    /**
     * The definite description no name stands for, or the newcomer an indefinite one introduces, at the head of the
     * sentence right before the one at {@code offset} in the same paragraph, when the gender fits ("L'accusé a eu la
     * parole en dernier. « … », a-t-il murmuré"; "Un ancien combattant conteste. « … », dit-il"): the subject just
     * described, not the last speaker nor a person named earlier; else null.
     */
    Referent describedSubjectBefore(SpeakerDocument d, int offset, Pronoun p) {
        int own = SpeakerSentences.sentenceStart(d, offset);
        int previous = SpeakerSentences.previousSentenceStart(d, own, d.paragraphStarts.get(d.paragraph(offset)));
        Referent first = firstIn(d, previous, own);
        if (first == null || first.person() != null || first.description() == null
                || !first.description().definite() && !newcomer(d, first, own)
                || SubjectRules.possessive(d, first) || subjectRules.earlierObjects().actsOnEarlier(d, first)
                || DeadSubjects.dead(d, first)) { // "One of them is now dead. He says …": not the dead friend
            return null;
        }
        Referent named = definite.named(d, first);
        if (named != null && named.person() != null) {
            return null; // the person the description stands for is the named subject's case
        }
        return opens(d, previous, first) && first.gender().compatible(p.gender()) ? first : null;
    }

    /**
     * Whether an indefinite description is a newcomer the narration itself introduces at the head of its sentence
     * ("Un ancien combattant conteste.", "A former fighter disagreed."), not opened by a possessive, outside the
     * quotes, with no pronoun after it in its sentence, before {@code end}, that could be someone else telling of
     * them ("Une voisine, dit-elle, a été battue").
     */
    private boolean newcomer(SpeakerDocument d, Referent r, int end) {
        if (!d.opensIndefinite(r.description()) || d.opensPossessive(r.description()) || d.quoted(r.span())) {
            return false; // "Son émir, un Tchétchène, réunit …": someone's kin or chief, told of, no newcomer
        }
        for (int k = d.tokenAt(r.span().end()); k < d.tokens.size() && d.tokens.get(k).span().start() < end; k++) {
            if (pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code r} starts at the first word of the sentence that starts at {@code sentence}, or right after
     * the titles that open it ("Me Marchal a insisté", "M. Dufour") or the possessor that determines it ("Doyle's
     * probation officer"), past the closing mark of a quote before it.
     */
    private boolean opens(SpeakerDocument d, int sentence, Referent r) {
        int k = d.tokenAt(sentence);
        while (k < d.tokens.size() && d.tokens.get(k).span().end() <= r.span().start() && !Tokens.isWord(d.tokens.get(k))) {
            k++; // "» Louise Gendron replie la feuille.": past the closing mark of the quote before
        }
        k = subjectRules.pastTitles(d, k);
        if (k + 1 < d.tokens.size() && r.person() == null && owner(d, k)) {
            k++; // "D4’s mother, who sat in the gallery, …": the kin the possessor determines opens the sentence
        }
        return k < d.tokens.size() && d.tokens.get(k).span().start() == r.span().start();
    }

    /** Whether token {@code k} is a capitalised word in the English possessive ("Doyle's"). */
    static boolean owner(SpeakerDocument d, int k) {
        return PossessorNames.owns(d.text, d.tokens.get(k), d.lang);
    }

    /**
     * Whether {@code r}, the first person of the sentence that starts at {@code sentence}, follows the comma
     * that closes a phrase opening it with a preposition or a participle, of at most
     * {@link PronounSpeakers#OPENER_TOKENS} tokens ("Pour la défense, Me Ollier a rappelé", "À la barre, Karim a
     * nié"): the sentence's subject.
     */
    private boolean afterOpeningPhrase(SpeakerDocument d, int sentence, Referent r) {
        return afterOpeningPhrase(d, subjectRules, d.tokenAt(sentence), d.tokenAt(r.span().start()));
    }

    /**
     * Whether the person at token {@code at} follows, past any titles, the comma closing a phrase that opens at
     * token {@code k} with a preposition or a participle, of at most {@link PronounSpeakers#OPENER_TOKENS} tokens.
     */
    static boolean afterOpeningPhrase(SpeakerDocument d, SubjectRules rules, int k, int at) {
        int comma = at - 1;
        while (comma > k && Tokens.isWord(d.tokens.get(comma)) && rules.pastTitles(d, comma) > comma) {
            comma--; // "…, Me Ollier": past the title
        }
        return comma > k && comma - k - markedName(d, k, comma) <= PronounSpeakers.OPENER_TOKENS
                && Tokens.is(d.text, d.tokens.get(comma), ",") && rules.opensPhrase(d, k);
    }

    /** The most tokens a name set in quotation marks inside an opening phrase may take. */
    private static final int MARKED_NAME_TOKENS = 10;

    /**
     * How many tokens a name in quotation marks right before the comma at {@code comma} takes, its marks and the comma
     * before it included (« Interrogé sur le nom de guerre qu'il portait, « Abou Hamza al-Faransi », X … »); 0 when
     * none stands there.
     */
    private static int markedName(SpeakerDocument d, int k, int comma) {
        int close = comma - 1;
        if (close <= k || !org.retour.quote.MarkQuoteExtractor.isMark(d.text.charAt(d.tokens.get(close).span().start()))) {
            return 0;
        }
        for (int o = close - 1; o > k && close - o <= MARKED_NAME_TOKENS; o--) {
            if (org.retour.quote.MarkQuoteExtractor.isMark(d.text.charAt(d.tokens.get(o).span().start()))) {
                return Tokens.is(d.text, d.tokens.get(o - 1), ",") ? close - o + 2 : 0;
            }
        }
        return 0;
    }

    /**
     * The first referent from {@code from} (none when negative: no sentence before) to {@code to} that is not a name
     * set alone in quotation marks, or null.
     */
    private static Referent firstIn(SpeakerDocument d, int from, int to) {
        if (from < 0) {
            return null;
        }
        for (Referent r : d.referents.within(from, to)) {
            if (!QuoteOffsets.inMarks(d.text, r.span())) {
                return r; // not « Abou Hamza al-Faransi », a war name in marks inside the opening phrase
            }
        }
        return null;
    }

    /**
     * Whether a person whose given name has the other gender still takes the pronoun: they report in the
     * sentence right before it ("Noor Huda Ismail, a researcher …, said such stories were common. “…,” he
     * said") and neither their role, a noun in apposition before them nor the description that stands for
     * them ("L'avocate générale, Anne V., l'interroge. Il confirme …") gives a gender; a given name's gender
     * is a guess across the world's names, a pronoun is the text's word.
     */
    private boolean givenNameGenderOnly(SpeakerDocument d, Referent r, Pronoun p, int to) {
        return r.person() != null && speaks(d, r.span().end(), to) && d.apposedGender(r) == Gender.UNKNOWN
                && (r.description() == null || r.description().gender().compatible(p.gender()))
                && subjectRules.roleGender(d, r.person().role()).compatible(p.gender());
    }

    /**
     * The person named at the head of the paragraph right before the pronoun's, when that paragraph comes
     * after the last speaker's words, tells what the person says and the gender fits: a new person who takes
     * the floor between two quotes takes over from the earlier speaker; else null.
     */
    Referent introducedSinceLastSpeaker(SpeakerDocument d, int offset, Pronoun p) {
        int own = d.paragraph(offset);
        if (own == 0 || own - 1 <= d.lastParagraph || d.lastSpeaker == null) {
            return null;
        }
        int end = QuoteOffsets.lastNonBlankBefore(d.text, d.paragraphStarts.get(own)) + 1;
        Referent topic = subjectRules.paragraphTopic(d, end, p.gender());
        return topic != null && topic.person() != null && speaks(d, topic.span().end(), end)
                && !SpeakerDocument.same(definite.named(d, topic), definite.named(d, d.lastSpeaker)) ? topic : null;
    }

    /**
     * The person named right beside the last verb of speech in an earlier sentence of the pronoun's
     * paragraph, after the last quote: its subject ("…, Curtis Ramdass said in a statement.") or the name
     * after it ("…, said Drita Berisha, a researcher …"), when the gender fits; else null. Reported speech
     * gives the floor to its speaker, whose next quote a pronoun then takes up.
     */
    Referent reporterInParagraph(SpeakerDocument d, int offset, Pronoun p) {
        int own = SpeakerSentences.sentenceStart(d, offset);
        int from = Math.max(d.paragraphStarts.get(d.paragraph(offset)), d.lastEnd);
        if (own <= from) {
            return null;
        }
        TokenCues kinds = d.tokenCues(cues);
        int first = d.tokenAt(from);
        for (int k = d.tokenAt(own) - 1; k >= first; k--) {
            if (kinds.kind(k) != SpeechCues.Kind.VERB) {
                continue;
            }
            Referent r = namedDescription(d, beside(d, k));
            if (r == null) {
                return null; // "The second time, she said, …": a pronoun's subject is resolved on its own
            }
            return r.person() != null && r.gender().compatible(p.gender()) && !SubjectRules.possessive(d, r)
                    && !subjectRules.governed(d, r) ? r : null;
        }
        return null;
    }

    /**
     * The person named beside the last verb of speech of the paragraph right before the pronoun's, when that
     * paragraph comes after the last speaker's words and no one is named in the pronoun's paragraph before it
     * ("… Nolan said he had tried to get out." then "“…,” he said."): reported speech hands the floor to its
     * speaker over the one who spoke before; so does an unnamed newcomer set off by commas before that verb, or one
     * who opens that paragraph and whose subject pronoun opens the verb's sentence ({@link PronounReportingOpeners});
     * else null.
     */
    Referent reporterInPreviousParagraph(SpeakerDocument d, int offset, Pronoun p) {
        int own = d.paragraph(offset);
        if (own == 0 || own - 1 <= d.lastParagraph || d.lastSpeaker == null
                || !d.referents.within(d.paragraphStarts.get(own), offset).isEmpty()) {
            return null;
        }
        TokenCues kinds = d.tokenCues(cues);
        int first = d.tokenAt(d.paragraphStarts.get(own - 1));
        for (int k = d.tokenAt(d.paragraphStarts.get(own)) - 1; k >= first; k--) {
            if (kinds.kind(k) != SpeechCues.Kind.VERB) {
                continue;
            }
            Referent r = namedDescription(d, beside(d, k));
            if (r == null || r.person() == null && !r.description().definite()) {
                // "A second defector, a 24-year-old who …, told": the newcomer who opens the paragraph, not the
                // description set off right before the verb
                Referent newcomer = SetOffNewcomers.opening(d, own - 1, withAuxiliaries(d, k));
                newcomer = namedDescription(d, newcomer); // a definite one may stand for someone named
                newcomer = newcomer != null ? newcomer : PronounReportingOpeners.opening(d, pronouns, kinds, own - 1, k, p.gender());
                if (newcomer == null) {
                    continue; // "…, said he fled … after he was told to": the verb of the newcomer comes before
                }
                return newcomer.gender().compatible(p.gender()) ? newcomer : null;
            }
            return r.person() != null && r.gender().compatible(p.gender()) && !SubjectRules.possessive(d, r)
                    && !subjectRules.governed(d, r) ? r : null;
        }
        return null;
    }

    /**
     * The named person a definite description stands for ("the defendant said …" is the one on trial), else
     * {@code r} itself.
     */
    private Referent namedDescription(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null || !r.description().definite()) {
            return r;
        }
        Referent named = definite.named(d, r);
        return named != null && named.person() != null ? named : r;
    }

    /** The first token of the verb of speech at token {@code verb} with its auxiliaries ("a raconté", "has said"). */
    private int withAuxiliaries(SpeakerDocument d, int verb) {
        TokenCues kinds = d.tokenCues(cues);
        int head = verb;
        while (head > 0 && verb - head < AUX_TOKENS && kinds.kind(head - 1) == SpeechCues.Kind.AUX) {
            head--; // "le prévenu a raconté", "the defendant has said": past the auxiliary
        }
        return head;
    }

    /** The person named right before token {@code verb}, or right after it when a comma comes before it; else null. */
    private Referent beside(SpeakerDocument d, int verb) {
        int end = d.tokens.get(verb).span().end();
        int head = withAuxiliaries(d, verb);
        if (head > 0) {
            int at = d.tokens.get(head).span().start();
            List<Referent> before = d.referents.within(d.tokens.get(Math.max(0, head - NAME_TOKENS)).span().start(), at);
            for (Referent r : before) {
                if (r.span().end() == d.tokens.get(head - 1).span().end()) {
                    return r;
                }
            }
        }
        if (verb + 1 < d.tokens.size() && verb > 0 && Tokens.is(d.text, d.tokens.get(verb - 1), ",")) { // "…, said X", not "told X"
            int next = d.tokens.get(verb + 1).span().start();
            List<Referent> after = d.referents.within(next,
                    d.tokens.get(Math.min(d.tokens.size() - 1, verb + NAME_TOKENS)).span().end());
            if (!after.isEmpty() && after.get(0).span().start() == next && d.text.substring(end, next).isBlank()) {
                return after.get(0);
            }
        }
        return null;
    }

    /**
     * The first person named after a pronoun that no one comes before, in its paragraph, when the gender
     * fits: a lede may open on "Il" and name the man in the next sentence; when no one at all is named or described
     * before the pronoun, in the next {@link #LEAD_PARAGRAPHS} paragraphs too (« Elle arrive à vélo, … » then « Laura
     * Mercier, 34 ans, … »); else null.
     */
    static Referent namedAfterInParagraph(SpeakerDocument d, int at, Pronoun p) {
        int paragraph = d.paragraph(at);
        boolean lead = d.referents.within(0, at).isEmpty(); // « Elle arrive à vélo, … » opens a portrait of Laura Mercier
        int end = d.paragraphEnd(lead ? Math.min(d.paragraphStarts.size() - 1, paragraph + LEAD_PARAGRAPHS) : paragraph);
        for (Referent r : d.referents.within(at, end)) {
            if (r.person() != null && r.description() == null && r.gender().compatible(p.gender())) {
                return r;
            }
        }
        return null;
    }

    /** Whether a verb of speech stands between two offsets ("Il raconte que …", "She describes …"). */
    private boolean speaks(SpeakerDocument d, int from, int to) {
        TokenCues kinds = d.tokenCues(cues);
        for (int k = d.tokenAt(from); k < d.tokens.size() && d.tokens.get(k).start() < to; k++) {
            if (kinds.kind(k) == SpeechCues.Kind.VERB) {
                return true;
            }
        }
        return false;
    }
}
