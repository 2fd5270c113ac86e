package org.retour.speaker;

import org.retour.model.Token;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Pronoun speakers: the person a subject pronoun refers to (the person its paragraph introduces, else
 * the previous speaker when the gender fits, else the most recent compatible person unless that is an
 * unnamed object of a verb and a named speaker of that gender spoke a few paragraphs before), and the subject of
 * a sentence, named, described or a pronoun. Who holds the floor in a paragraph comes from
 * {@link ParagraphFloor}. Thread-safe.
 */
final class PronounSpeakers {

    /** A pronoun refers to a previous speaker at most this many paragraphs back. */
    static final int INVERTED_PARAGRAPHS = 2;
    /** A named speaker keeps the focus over an unnamed person told of as an object at most this far back. */
    static final int FOCUS_PARAGRAPHS = 5;
    /** How many words (adverbs, auxiliaries) may stand between a subject pronoun and its verb of speech. */
    static final int PRONOUN_TO_VERB_WORDS = 2;
    /** How many words may stand between a subject pronoun and a conjunction that joins a verb of speech to its clause. */
    static final int COORDINATED_WORDS = 8;
    /** The most tokens an opening prepositional phrase spans before the comma that ends it. */
    static final int OPENER_TOKENS = 16;

    private final SubjectRules subjectRules;
    private final PronounLinker pronouns;
    private final OpeningPhraseComplements openingComplements;
    private final DefiniteReferents definite;
    private final ParagraphFloor floor;
    private final LatterSpeakers latter = LatterSpeakers.bundled();
    private final SourcePersons sources;
    private final SourcePronouns sourcePronouns;
    private final SpeechCues cues;
    private final Exchanges exchanges = Exchanges.bundled();
    private final SentenceSubjects subjects;

    PronounSpeakers(SubjectRules subjectRules, PronounLinker pronouns, DefiniteReferents definite, SpeechCues cues) {
        this.floor = new ParagraphFloor(subjectRules, definite, cues, pronouns);
        this.sources = new SourcePersons(cues, pronouns);
        this.sourcePronouns = new SourcePronouns(cues, pronouns);
        this.cues = cues;
        this.subjectRules = subjectRules;
        this.pronouns = pronouns;
        this.openingComplements = new OpeningPhraseComplements(subjectRules, pronouns);
        this.definite = definite;
        this.subjects = new SentenceSubjects(subjectRules, pronouns, cues, this::resolve);
    }

    Referent resolve(SpeakerDocument d, Pronoun p, int at, int open) {
        return resolve(d, p, at, open, null);
    }

    /** The person a singular pronoun refers to, never {@code asker} (who a reply answers), or null. */
    Referent resolve(SpeakerDocument d, Pronoun p, int at, int open, Referent asker) {
        if (p.plural()) {
            return null;
        }
        Referent owner = KinOwnerSubjects.bundled().owner(d, p, at);
        if (owner != null && !asks(d, owner, asker)) {
            return owner; // "Lowell's daughter went to Syria. She said her daughter …": Lowell, not the daughter
        }
        Referent latterSubject = latterOpening(d, Math.min(open, at), p);
        if (latterSubject != null && !asks(d, latterSubject, asker)) {
            return latterSubject; // "… contre Mehdi L. Celui-ci a baissé la tête. « … », a-t-il murmuré"
        }
        Referent source = sources.before(d, Math.min(open, at), p);
        if (source != null && !asks(d, source, asker)) {
            return source; // "D'après Abou Ali, le jeune homme a été pendu. « … », dit-il": the one who reports it
        }
        Referent viewer = sourcePronouns.before(d, Math.min(open, at), p, (q, o) -> resolve(d, q, o, o, asker));
        if (viewer != null && !asks(d, viewer, asker)) {
            return viewer; // "Pour elle, Nadia « a menti ». « … », a-t-elle ajouté": hers, not Nadia's
        }
        Referent named = floor.namedSubjectBefore(d, Math.min(open, at), p);
        if (named != null && !asks(d, named, asker)) {
            return named; // "Murat Aydın leitet dort die Arbeit. „…“, sagt er": the person just named, not the last speaker
        }
        Referent described = floor.describedSubjectBefore(d, Math.min(open, at), p);
        if (described != null && !asks(d, described, asker)) {
            return described; // "L'accusé a eu la parole en dernier. « … », a-t-il murmuré": not the prosecutor before
        }
        Referent met = MetPersons.bundled().met(d, Math.min(open, at), p);
        if (met != null && !asks(d, met, asker)) {
            return met; // "nous avons rencontré le père de l'accusé. « … », nous confie-t-il": not the accused
        }
        Referent chained = ChainedSubjects.before(d, pronouns, Math.min(open, at), at, p, (from, to) -> subject(d, from, to));
        if (chained != null && !asks(d, chained, asker)) {
            return chained; // "Son émir, un Tchétchène, réunit … Il leur annonce que … « … », leur a-t-il dit"
        }
        Referent topic = subjectRules.paragraphTopic(d, Math.min(open, at), p.gender());
        if (topic != null && !asks(d, topic, asker) && !subjectRules.earlierObjects().actsOnEarlier(d, topic)) {
            return topic; // not "En 2016, son émir l'a inscrit sur une liste": the paragraph goes on about him
        }
        Referent introduced = floor.introducedSinceLastSpeaker(d, Math.min(open, at), p);
        if (introduced != null && !asks(d, introduced, asker)) {
            return introduced; // "Le troisième, Youssef, a connu la fin. Il raconte …" then "« … », résume-t-il"
        }
        Referent reporter = floor.reporterInParagraph(d, Math.min(open, at), p);
        if (reporter != null && !asks(d, reporter, asker)) {
            return reporter; // "…, said Drita Berisha, a researcher … . “…,” she said": not the speaker of the paragraph before
        }
        Referent previousReporter = floor.reporterInPreviousParagraph(d, Math.min(open, at), p);
        if (previousReporter != null && !asks(d, previousReporter, asker)) {
            return previousReporter; // "… Nolan said he had tried to get out." then "“…,” he said": not the official before
        }
        Referent doer = AgentDoers.bundled().inParagraph(d, at, p.gender());
        if (doer != null && !asks(d, doer, asker)) {
            return doer; // "Tout autre est le tableau dressé par Yasmina Chérif. « … », a-t-elle expliqué": not the last speaker
        }
        Referent since = NamedSinceLastSpeaker.named(d, subjectRules, Math.min(open, at), p);
        if (since != null && !asks(d, since, asker)) {
            return since; // "… mais l'intervenante Anne Petit accepte de décrire … « … », explique-t-elle": not the last speaker
        }
        Referent announced = AnnouncedSpeakers.bundled().announced(d, subjectRules, at, p);
        if (announced != null && !asks(d, announced, asker)) {
            return announced; // "… pour que Yanis parle de Deir ez-Zor." then "Quand il le fait, …": not the educator
        }
        Referent told = QuoteOpenedParagraphs.pronounTopic(d, subjectRules, x -> definite.named(d, x), p, at);
        if (told != null && !asks(d, told, asker)) {
            return told; // "Karim, 41 ans, … il a quitté Bruxelles." then "« … », raconte-t-il": not the father before
        }
        Referent last = PlaceSpeakers.recentSpeaker(d, at);
        if (last != null && asks(d, last, asker)) {
            last = d.otherSpeaker; // "Le président l'interroge. « … », répond-il": the one asked before
        }
        if (last != null && last.gender().compatible(p.gender()) && !ObjectRelatives.toldOf(d, pronouns, last, p.gender())) {
            Referent back = ProtagonistReturns.back(d, subjectRules, at, p, last); // "Her sister, Farah, …" then "She …"
            return back != null && !asks(d, back, asker) ? back : last;
        }
        Referent r = d.referents.mostRecent(at, p.gender());
        PronounLinker.Found opening = OpeningPronouns.after(d, pronouns, r, Math.min(open, at), p);
        Referent carried = opening == null || opening.span().start() >= Math.min(open, at) ? null // only further back:
                : resolve(d, opening.pronoun(), opening.span().start(), opening.span().start(), asker); // it ends
        if (carried != null && !SpeakerDocument.same(carried, r) && !asks(d, carried, asker)) {
            return carried; // "Abdelkader attend un passeur. Il a quitté l'EI." then "« … », dit-il": not the smuggler
        }
        if (r == null) {
            return ParagraphFloor.namedAfterInParagraph(d, at, p); // "Il se présente comme « infirmier ». Christophe Payet, 41 ans, …"
        }
        Referent free = d.referents.backWhile(r, p.gender(), INVERTED_PARAGRAPHS * 2,
                x -> x.person() != null && afterPreposition(d, x)); // "il vit chez ses parents à Ben Arous"
        if (free != null && free != r && !afterPreposition(d, free)) {
            r = free; // a pronoun subject is no preposition's complement
        }
        Referent given = d.referents.backWhile(r, p.gender(), INVERTED_PARAGRAPHS * 2,
                x -> x.person() == null && nickname(d, x)); // "certains le surnomment « le Syrien »"
        r = given != null ? given : r; // a name given someone in marks is no one new
        Referent outside = d.referents.backWhile(r, p.gender(), INVERTED_PARAGRAPHS * 2,
                x -> openingComplements.inside(d, x, p, at)); // "Speaking …, with a guard at the door, he said"
        r = outside != null ? outside : r;
        Referent teller = d.referents.backWhile(r, p.gender(), INVERTED_PARAGRAPHS * 2,
                x -> ObjectRelatives.toldOf(d, pronouns, x, p.gender())); // "a man he met online" … "“…,” he told the jury"
        r = teller != null ? teller : r;
        r = PassingDescriptions.bundled().named(d, pronouns, r, at, p.gender()); // "… with a former fighter who knew him." "“…,” he wrote"
        if (r.person() == null && d.lastSpeaker != null && d.lastSpeaker.person() != null
                && d.lastSpeaker.gender().compatible(p.gender()) && !asks(d, d.lastSpeaker, asker)
                && d.paragraph(at) - d.lastParagraph <= FOCUS_PARAGRAPHS && ObjectReferents.isObject(d, r)) {
            return d.lastSpeaker; // "he had watched a woman stoned" … ", she says": the researcher, not the woman
        }
        if (r != null && (ObjectReferents.isObject(d, r) || subjectRules.governed(d, r)) && !named(d, r)) {
            Referent subject = subjectBefore(d, r, p);
            if (subject != null && !asks(d, subject, asker)) {
                return subject; // "Nurul … left Bekasi for Raqqa with her mother" … "“…,” she said"
            }
        }
        if (r != null && r.person() == null && ObjectReferents.isObject(d, r)) {
            Referent subject = d.referents.mostRecent(r.span().start(), p.gender());
            if (subject != null && subject.person() != null && d.paragraph(subject.span().start()) == d.paragraph(at)
                    && !asks(d, subject, asker)) {
                return subject; // "Karim … aurait confié à son éducateur que … D'après lui": Karim
            }
        }
        for (int tries = 0; r != null && subjectRules.earlierObjects().actsOnEarlier(d, r) && tries < INVERTED_PARAGRAPHS * 2; tries++) {
            Referent earlier = d.referents.mostRecent(r.span().start(), p.gender());
            if (earlier == null) {
                break;
            }
            r = earlier; // "En 2016, un responsable lui a proposé de … Il dit avoir feint …": the one he acted on
        }
        r = d.referents.backWhile(r, p.gender(), INVERTED_PARAGRAPHS * 2, x -> x.person() == null
                && x.gender() == Gender.UNKNOWN && !d.apposedGender(x).compatible(p.gender())); // "her then husband, a Dutch national": not "she"
        r = d.referents.backWhile(r, p.gender(), INVERTED_PARAGRAPHS * 2, x -> asks(d, x, asker));
        r = knownGender(d, r, p);
        return asks(d, r, asker) ? null : predicated(d, r);
    }

    /**
     * The referent before {@code r} whose gender is known and fits a pronoun that marks one, when {@code r} is an unnamed
     * object or complement of no known gender ("… had paid a smuggler to get them out. “…,” she recalled": not the
     * smuggler); else {@code r}. An unnamed subject of no known gender stays, as one who speaks next often is.
     */
    private Referent knownGender(SpeakerDocument d, Referent r, Pronoun p) {
        if (r == null || r.person() != null || r.gender() != Gender.UNKNOWN || p.gender() == Gender.UNKNOWN
                || !ObjectReferents.isObject(d, r) && !subjectRules.governed(d, r)) {
            return r;
        }
        Referent known = d.referents.backWhile(r, p.gender(), INVERTED_PARAGRAPHS * 2,
                x -> x.person() == null && x.gender() == Gender.UNKNOWN);
        return known != null && known.gender() != Gender.UNKNOWN ? known : r;
    }

    /**
     * The subject of the sentence that holds {@code r}, named or a pronoun, before it, when it is someone else whose
     * gender fits {@code p}: a person a verb or a preposition governs ("with her mother", "a montré à sa sœur")
     * yields a pronoun to the one who acts in their sentence; else null.
     */
    private Referent subjectBefore(SpeakerDocument d, Referent r, Pronoun p) {
        int start = SpeakerSentences.sentenceStart(d, r.span().start());
        Referent s = start < r.span().start() ? subject(d, start, r.span().start()) : null;
        return s != null && !SpeakerDocument.same(s, r) && s.gender().compatible(p.gender())
                && (s.person() != null || s.description() != null) ? s : null;
    }

    /** Whether a referent is a name, or a name in apposition to a description ("his sister, Amira Price"). */
    private static boolean named(SpeakerDocument d, Referent r) {
        return r.person() != null && r.description() == null && !ObjectReferents.isObject(d, r);
    }

    /**
     * Whether an unnamed description stands alone between quotation marks (« le Syrien », "the Professor"): a nickname
     * someone is given, which names no one new for a pronoun to take up.
     */
    private static boolean nickname(SpeakerDocument d, Referent r) {
        int before = QuoteOffsets.lastNonBlankBefore(d.text, r.span().start());
        int after = QuoteOffsets.firstNonBlankAt(d.text, r.span().end());
        return before >= 0 && after < d.text.length() && org.retour.quote.MarkQuoteExtractor.isMark(d.text.charAt(before))
                && org.retour.quote.MarkQuoteExtractor.isMark(d.text.charAt(after));
    }

    /** Whether a person is named right after a preposition ("à Ben Arous", "in Cape Town"), not in apposition. */
    private boolean afterPreposition(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().start()) - 1;
        return k >= 0 && Tokens.isWord(d.tokens.get(k)) && subjectRules.governed(d, r);
    }

    /**
     * The person a description describes when it is predicated of the pronoun that opens its sentence
     * ("She is 29, a former nursing student from Birmingham": the woman the pronoun stands for); else the
     * description itself.
     */
    private Referent predicated(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null || r.description().definite()) {
            return r;
        }
        int k = d.tokenAt(SpeakerSentences.sentenceStart(d, r.span().start()));
        if (k >= d.tokens.size() || SpeakerSentences.wordsBefore(d, r.span().start()) > SubjectRules.SUBJECT_WORDS) {
            return r;
        }
        PronounLinker.Found opening = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
        if (opening != null && !opening.pronoun().gender().compatible(r.gender())) {
            return r; // "He says his mother rang him.": she is no predicate of "he"
        }
        int at = d.tokens.get(k).span().start();
        for (org.retour.model.Entity e : d.persons) {
            for (org.retour.model.Mention m : e.mentions()) {
                if (m.span().start() == at && m.kind() == org.retour.model.Mention.Kind.PRONOUN
                        && m.span().end() <= r.span().start()) {
                    return new Referent(r.span(), e, r.description(), r.gender());
                }
            }
        }
        return r;
    }

    /**
     * The person a phrase for the one mentioned last stands for when it opens the sentence at {@code offset}
     * or the one before in its paragraph ("Celui-ci", "the latter"), with {@code p}'s gender; else null.
     */
    private Referent latterOpening(SpeakerDocument d, int offset, Pronoun p) {
        int paragraph = d.paragraphStarts.get(d.paragraph(offset));
        int own = SpeakerSentences.sentenceStart(d, offset);
        Referent r = latter.opening(d, own, offset, p.gender());
        int previous = r == null ? SpeakerSentences.previousSentenceStart(d, own, paragraph) : -1;
        return previous >= 0 ? latter.opening(d, previous, own, p.gender()) : r;
    }

    /**
     * The person a singular subject pronoun right before a verb of speech refers to ("He also remembers
     * …", "Elle raconte …"), at most {@link #PRONOUN_TO_VERB_WORDS} words before it and after
     * {@code windowStart}; else null.
     */
    Referent pronounBeforeVerb(SpeakerDocument d, int verb, int windowStart, int open) {
        return singularPronounBack(d, verb - 1, PRONOUN_TO_VERB_WORDS + 1, windowStart, open);
    }

    /**
     * The person a singular subject pronoun refers to when a conjunction or a preposition joins the verb of
     * speech to an earlier verb of the same clause ("he turned towards the gallery and said:", "il reprend la
     * parole pour rappeler que …"): the pronoun at most {@link #COORDINATED_WORDS} words before it, with no
     * punctuation between and after {@code windowStart}; else null.
     */
    Referent coordinatedPronoun(SpeakerDocument d, int verb, int windowStart, int open) {
        int k = verb - 1;
        if (k < 1 || !Tokens.isWord(d.tokens.get(k)) || !subjectRules.conjunction(d, k) && !subjectRules.preposition(d, k)) {
            return null;
        }
        return singularPronounBack(d, k - 1, COORDINATED_WORDS, windowStart, open);
    }

    /**
     * The person a singular subject pronoun refers to when a comma and an adverb of sequence join the verb
     * of speech to an earlier verb of the same clause (« Il hésite, puis lâche : »), found as in
     * {@link #coordinatedPronoun}; else null.
     */
    Referent sequencedPronoun(SpeakerDocument d, int verb, int windowStart, int open) {
        int end = SequencedVerbs.bundled().clauseEnd(d, verb);
        return end < 0 ? null : singularPronounBack(d, end, COORDINATED_WORDS, windowStart, open);
    }

    /**
     * The person the first subject pronoun found going back from token {@code from} over at most {@code words}
     * words refers to; null when a non-word or {@code windowStart} comes first, or the pronoun is plural.
     */
    private Referent singularPronounBack(SpeakerDocument d, int from, int words, int windowStart, int open) {
        for (int k = from; k >= 0 && from - k < words; k--) {
            Token t = d.tokens.get(k);
            if (t.span().start() < windowStart || !Tokens.isWord(t)) {
                return null;
            }
            PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
            if (f != null) {
                Referent aside = f.pronoun().plural() ? null : ParentheticalCues.interrupted(d, cues, k);
                aside = aside != null || f.pronoun().plural() ? aside // "X asked him why. “…,” he said": not X
                        : AskedAfterObjects.bundled().asker(d, exchanges, t.span().start(), f.pronoun().gender());
                Referent r = f.pronoun().plural() ? null : resolve(d, f.pronoun(), t.span().start(), open,
                        aside == null ? null : definite.named(d, aside)); // "A friend, he said, had …": not the friend
                if (r != null) {
                    d.subjectPronoun = f.pronoun().gender(); // "he … and said": a surname alone then names a man
                }
                return r;
            }
        }
        return null;
    }

    private boolean asks(SpeakerDocument d, Referent r, Referent asker) {
        return asker != null && r != null && SpeakerDocument.same(definite.named(d, r), asker);
    }

    /**
     * The subject of the sentence starting at {@code sentenceStart}, before {@code to}: a person named or
     * described among its first {@link SubjectRules#SUBJECT_WORDS} words, or the person a singular pronoun there
     * refers to ({@link SentenceSubjects}); else null.
     */
    Referent subject(SpeakerDocument d, int sentenceStart, int to) {
        return subjects.subject(d, sentenceStart, to);
    }
}
