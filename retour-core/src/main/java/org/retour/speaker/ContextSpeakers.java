package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.afterEnd;
import static org.retour.speaker.QuoteOffsets.blank;
import static org.retour.speaker.QuoteOffsets.lastNonBlankBefore;
import static org.retour.speaker.QuoteOffsets.lineStart;
import static org.retour.speaker.SpeakerSentences.sentenceStart;

import java.util.ArrayList;
import java.util.List;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * Context speakers: the speaker of a quote with no cue beside it, from an earlier sentence of its
 * paragraph, its own sentence's subject, the sentence after it or the paragraph before it. Thread-safe.
 */
final class ContextSpeakers {

    /** The most tokens of a sentence of gesture before a quote ("Il hésite.", "Janet shakes her head."). */
    static final int SHORT_SENTENCE = 7;

    private final CueFinder finder;
    private final SubjectRules subjectRules;
    private final CueSpeakers cueSpeakers;
    private final PronounSpeakers pronounSpeakers;
    private final FloorTakers floorTakers;
    private final TurnedToSubjects turnedTo;
    private final AskedObjects askedObjects;
    private final DefiniteReferents definite;
    private final AnswerNouns answerNouns = AnswerNouns.bundled();
    private final Exchanges exchanges;
    /** How many paragraphs back the last speaker may have spoken to go on past a dead paragraph topic. */
    static final int DEAD_TOPIC_PARAGRAPHS = 2;

    private final org.retour.person.PronounLinker pronouns;

    ContextSpeakers(CueFinder finder, SubjectRules subjectRules, CueSpeakers cueSpeakers, PronounSpeakers pronounSpeakers,
            DefiniteReferents definite, Exchanges exchanges, AskedObjects askedObjects,
            org.retour.person.PronounLinker pronouns) {
        this.finder = finder;
        this.subjectRules = subjectRules;
        this.cueSpeakers = cueSpeakers;
        this.pronounSpeakers = pronounSpeakers;
        this.floorTakers = FloorTakers.bundled(pronounSpeakers);
        this.turnedTo = new TurnedToSubjects(pronounSpeakers, subjectRules);
        this.askedObjects = askedObjects;
        this.definite = definite;
        this.exchanges = exchanges;
        this.pronouns = pronouns;
    }

    /**
     * The speaker the quote's context introduces when no cue is beside it. The one a sentence cites before the
     * colon that opens the quote said it (« Il cite l'un de ses clients : « … » », {@link CitedPersons}). A quote that opens its
     * sentence goes to the person of the last speech cue in an earlier sentence of its paragraph, a denied one (« Elle ne
     * le dit pas ainsi. ») only when no other gives one ("He said Ms Carroll had never claimed …": his) ("Le
     * déserteur assure qu'il … . « … »", "He said his daughter's husband was killed. “…”") unless the one named at the
     * head of a short sentence of gesture after that cue takes the turn (« « … », dit Abdel. Le père Morin acquiesce.
     * « … » »), the person of
     * the subject pronoun right before that cue's verb first ("Elle ne le dit pas ainsi."), else to the
     * paragraph's topic, the subject of its first sentence ("Il décrit un groupe qui perd pied. « … »") or of the
     * sentence right before it ("Le récit d'Inès commence par l'ennui. … elle n'a pas quitté … « … »"); a quote
     * inside its sentence goes to that sentence's subject ("Trump accused
     * him of being a “weak leader”"). Null when there is none.
     */
    Referent introduced(SpeakerDocument d, int open, int from, int sentenceStart, boolean opensSentence, boolean asks) {
        Referent cited = CitedPersons.bundled().cited(d, open);
        if (cited != null) {
            return cited; // "Il cite l'un de ses clients : « … »": the client's
        }
        if (!opensSentence) {
            Referent answer = answerNouns.answerer(d, open); // "« … ? » La réponse est venue sans attendre : « … »"
            if (answer != null) {
                return answer;
            }
            Referent goesOn = d.lastEnd >= sentenceStart(d, open) ? ParagraphSpeakerGoesOn.speaker(d, open) : null;
            if (goesOn != null) {
                return goesOn; // "il aurait expliqué ne plus supporter « … » et aurait cessé de pointer « … »"
            }
            Referent r = pronounSpeakers.subject(d, sentenceStart(d, open), open);
            if (r != null && exchanges.addressed(d, r)) {
                r = null; // "Puis, se tournant vers son ancien ami : « … »": the one he turns to does not speak
            }
            if (r != null && toldOfBySpeaker(d, r, open)) {
                return d.lastSpeaker; // "Un Belge de sa brigade avait payé un passeur : « On l'a ramené … »"
            }
            Referent teller = r != null ? DativeHearers.teller(d, r, sentenceStart(d, open), open) : null;
            if (teller != null) {
                return teller; // "« … », rapporte Hédi. Il lui a aussi parlé des émirs, « … »": his son, not Hédi
            }
            if (r != null) {
                return r;
            }
        }
        int p = Math.max(d.paragraphStarts.get(d.paragraph(open)), from);
        if (from > 0 && from < sentenceStart && noWords(d.text, from, sentenceStart)) {
            // "Il raconte … ce qu'il appelle « le dernier trajet ». « … »": the quote before lies inside the
            // sentence before, whose cues then introduce this one
            p = Math.max(d.paragraphStarts.get(d.paragraph(open)), sentenceStart(d, from - 1));
        }
        if (p >= sentenceStart) {
            return null;
        }
        Referent talker = opensSentence ? AnnouncedSpeakers.bundled().talker(d, p, sentenceStart) : null;
        if (talker != null) {
            return talker; // "La présidente insiste … Sabrina Lahlou parle d'un appartement … « … »": hers
        }
        int first = d.tokenAt(p);
        int last = d.tokenAt(sentenceStart);
        List<CueMatch> denied = null; // "He said Ms Carroll had never claimed …": read after the cues that speak
        for (int k = last - 1; k >= first || denied != null && !denied.isEmpty(); k--) {
            CueMatch cue = k >= first ? finder.cueAt(d, k, first, last) : denied.remove(0);
            if (k >= first && cue != null && finder.denied(d, cue)) {
                (denied = denied == null ? new ArrayList<>(2) : denied).add(cue);
                continue;
            }
            if (cue != null && opensSentence && cue.span().start() < sentenceStart(d, sentenceStart - 1)) {
                Referent turned = turnedTo.turnedTo(d, p, sentenceStart);
                if (turned != null) {
                    return turned; // "« … », dit Abdel. Le père Morin acquiesce. « … »": not Abdel's cue
                }
            }
            if (cue != null && !exchanges.asks(d, cue) && !QuestionTurns.putsQuestion(d, cue, sentenceStart)
                    && exchanges.ask(d, d.tokenAt(Math.max(p, sentenceStart(d, cue.span().start()))), cue.first()) < 0) {
                // "La présidente l'interroge. Il hésite. « … »", "La magistrate insiste : pourquoi … ? Elle …": the asked;
                // "La présidente lui fait remarquer qu'un voisin l'a reconnu. « … »": a cue inside what is put to him too
                int own = Math.max(p, sentenceStart(d, cue.span().start()));
                Referent r = pronounSpeakers.pronounBeforeVerb(d, cue.first(), own, open);
                if (r == null) { // "Son mari meurt en 2016. Elle ne le dit pas ainsi. « … »": she, not him
                    r = cueSpeakers.speakerFor(d, cue, p, sentenceStart, open);
                    r = cue.pronoun() != null ? r : OwnSentenceOpeners.subject(d, r, own, cue.span().start()); // "Karim est mort. La jeune femme
                    // baisse les yeux avant de raconter. « … »": hers
                }
                Referent cut = r != null && asks ? interrupter(d, cue.span().end(), sentenceStart, r) : null;
                if (cut != null) {
                    return cut; // "…, commence le trentenaire, avant que la présidente ne l'arrête. « Pourquoi ? »"
                }
                if (r != null) {
                    return r;
                }
            }
        }
        if (!opensSentence) {
            return null; // "Er habe …, berichtete er. Die Kommandeure hätten „…“": the reported speech goes on
        }
        Referent r = asks ? null : askedObjects.answering(d, p, sentenceStart, x -> definite.named(d, x));
        r = r != null ? r : floorTakers.taker(d, p, sentenceStart); // "Réjean L. prend la parole une dernière fois. « … »"
        r = r != null ? r : gesture(d, p, sentenceStart); // "Il hésite. « J'en ai vu. »"
        if (r != null) {
            return r;
        }
        Referent goesOn = asks ? null : ParagraphSpeakerGoesOn.speaker(d, open);
        if (goesOn != null) {
            return goesOn; // "Elle dit « disparu ». Ensuite, l'exil. « … »": not her husband the paragraph opened with
        }
        Referent topic = subjectRules.paragraphTopic(d, sentenceStart, Gender.UNKNOWN);
        Referent pronounBefore = pronounSubjectBefore(d, p, sentenceStart, topic);
        if (pronounBefore != null) {
            return pronounBefore; // "Son mari … est mort en 2017. Elle en parle d'une voix plate. « … »"
        }
        Referent topicActedOn = topic != null && !asks && subjectRules.earlierObjects().actsOnEarlier(d, topic)
                ? UninterruptedSpeakers.actedOn(d, sentenceStart) : null;
        if (topicActedOn != null) {
            return topicActedOn; // "Sa mère lui envoyait des photos. « Je regardais ces photos la nuit. »": his words, not hers
        }
        if (topic != null) {
            Referent named = namedNext(d, topic, sentenceStart);
            return named != null ? named : topic;
        }
        int paragraph = d.paragraphStarts.get(d.paragraph(open));
        Referent opener = pronounSpeakers.subject(d, paragraph, sentenceStart);
        if (opener != null && DeadSubjects.diedSince(d, pronouns, opener, sentenceStart)) {
            // « Son mari … combattait. Il a été tué en 2016. « Après sa mort, … » »: the last speaker, not the dead husband
            return d.lastSpeaker != null && !SpeakerDocument.same(d.lastSpeaker, opener)
                    && d.paragraph(open) - d.lastParagraph <= DEAD_TOPIC_PARAGRAPHS ? d.lastSpeaker : null;
        }
        if (opener != null || sentenceStart <= paragraph) {
            return opener;
        }
        int previous = sentenceStart(d, sentenceStart - 1); // "Le récit d'Inès commence par l'ennui. … elle n'a presque pas quitté un appartement. « … »"
        Referent subject = previous > paragraph && previous < sentenceStart ? pronounSpeakers.subject(d, previous, sentenceStart) : null;
        if (subject != null && subjectRules.earlierObjects().actsOnEarlier(d, subject)) {
            Referent acted = UninterruptedSpeakers.actedOn(d, sentenceStart); // "Sa mère lui envoyait des photos. « Je regardais … »"
            return acted != null ? acted : subject;
        }
        return subject;
    }

    /** The last speaker when no one else was named or described since their words ({@link UninterruptedSpeakers}). */
    Referent goesOn(SpeakerDocument d, int open) {
        return UninterruptedSpeakers.goesOn(d, open, r -> definite.named(d, r), pronouns);
    }

    /**
     * The person who cuts the speaker of a cue short in the rest of the cue's sentence, from {@code from} to {@code to}:
     * someone else whose verb acts on the speaker through an object pronoun ("avant que la présidente, Catherine
     * Lemonnier, ne l'arrête d'un geste"); the question that follows is theirs. Null when there is none.
     */
    private Referent interrupter(SpeakerDocument d, int from, int to, Referent speaker) {
        Referent named = speaker;
        for (Referent r : d.referents.within(from, Math.min(to, SpeakerSentences.sentenceEnd(d, from)))) {
            if (!SpeakerDocument.same(r, named) && r.person() != null && subjectRules.earlierObjects().actsOnEarlierPast(d, r)) {
                return r;
            }
        }
        return null;
    }

    /** Whether no letter or digit stands between two offsets (". ", "». "). */
    private static boolean noWords(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an unnamed subject is told of by the last speaker, who spoke earlier in the quote's paragraph:
     * a complement with a possessive ties the description to them ("Un Belge de sa brigade", "un ami de son
     * frère"), so the quote their sentence introduces goes on with the speaker's account.
     */
    private boolean toldOfBySpeaker(SpeakerDocument d, Referent r, int open) {
        int k = d.tokenAt(r.span().end());
        return r.person() == null && d.lastSpeaker != null && d.lastParagraph == d.paragraph(open)
                && d.lastSpeaker.gender().compatible(r.gender()) && k + 1 < d.tokens.size()
                && Tokens.isWord(d.tokens.get(k)) && subjectRules.preposition(d, k)
                && Tokens.isWord(d.tokens.get(k + 1)) && subjectRules.possessive(d, d.lower(k + 1));
    }

    /**
     * The person the subject pronoun opening the sentence right before the quote's refers to, when the
     * paragraph's topic is someone its gender excludes ("Son mari, un Tourquennois, est mort en 2017. Elle
     * en parle d'une voix plate. « … »"); else null.
     */
    private Referent pronounSubjectBefore(SpeakerDocument d, int p, int sentenceStart, Referent topic) {
        if (topic == null || sentenceStart <= p) {
            return null;
        }
        int previous = sentenceStart(d, sentenceStart - 1);
        int k = d.tokenAt(previous);
        if (previous < p || k >= d.tokens.size()) {
            return null;
        }
        org.retour.person.PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
        if (f == null || f.pronoun().plural() || f.pronoun().gender().compatible(topic.gender())) {
            return null;
        }
        return pronounSpeakers.subject(d, previous, sentenceStart);
    }

    /**
     * The one who asks when a question in marks opens the sentence right after a sentence of asking in its
     * paragraph ("Le président, Laurent Maréchal, l'interroge sur les raisons de son départ. « Vous étiez
     * dégoûté par la violence ? »"): that sentence's subject; else null.
     */
    Referent questioner(SpeakerDocument d, int open) {
        int own = sentenceStart(d, open);
        int paragraph = d.paragraphStarts.get(d.paragraph(open));
        int here = own >= paragraph ? exchanges.ask(d, d.tokenAt(own), d.tokenAt(open)) : -1;
        if (here >= 0) {
            return pronounSpeakers.subject(d, own, d.tokens.get(here).span().start()); // one sentence up to the mark
        }
        int previous = SpeakerSentences.previousSentenceStart(d, own, paragraph);
        if (previous < 0) {
            return null;
        }
        int k = exchanges.ask(d, d.tokenAt(previous), d.tokenAt(own));
        return k < 0 ? null : pronounSpeakers.subject(d, previous, d.tokens.get(k).span().start());
    }

    /**
     * The person named for the first time at the head of the sentence right after the one where an unnamed
     * person is introduced by an indefinite description, before the quote's sentence: the name says who the
     * description was ("une mère de famille lève la main. Malika Bensalem a perdu la trace de son neveu.
     * « … »"); else null.
     */
    private Referent namedNext(SpeakerDocument d, Referent topic, int sentenceStart) {
        if (topic.person() != null || topic.description() == null || topic.description().definite()
                || !d.opensIndefinite(topic.description())) {
            return null;
        }
        int next = d.tokenAt(topic.span().end());
        while (next < d.tokens.size() && d.tokens.get(next).span().start() < sentenceStart
                && sentenceStart(d, d.tokens.get(next).span().start()) <= topic.span().start()) {
            next++;
        }
        if (next >= d.tokens.size() || d.tokens.get(next).span().start() >= sentenceStart) {
            return null;
        }
        int at = d.tokens.get(next).span().start();
        Referent r = pronounSpeakers.subject(d, at, sentenceStart);
        if (r == null || r.person() == null || r.description() != null || r.span().start() != at
                || !r.gender().compatible(topic.gender())) {
            return null;
        }
        for (org.retour.model.Mention m : r.person().mentions()) {
            if (m.span().start() < at) {
                return null; // named before: another person
            }
        }
        return new Referent(r.span(), r.person(), topic.description(), r.gender()); // the description gives the voice
    }

    /**
     * The subject of the short sentence of gesture right before the sentence at {@code sentenceStart}, in
     * the paragraph from {@code p} ("L'accusé baisse les yeux. « … »"), or null.
     */
    Referent gesture(SpeakerDocument d, int p, int sentenceStart) {
        if (sentenceStart <= 0) {
            return null;
        }
        int previous = sentenceStart(d, sentenceStart - 1);
        if (previous < p && p < sentenceStart && sentenceStart(d, p) == previous) {
            previous = p; // "« … ? » L'accusé hésite. « … »": the question's sentence runs on past its mark
        }
        if (previous >= p && previous < sentenceStart
                && d.tokenAt(sentenceStart) - d.tokenAt(previous) <= SHORT_SENTENCE) {
            Referent r = pronounSpeakers.subject(d, previous, sentenceStart); // "… plus tôt ? Elle hausse les épaules.": the one asked
            return QuestionTurns.asked(d, r, previous, (a, b) -> pronounSpeakers.subject(d, a, b), x -> definite.named(d, x));
        }
        return null;
    }

    /** The subject of the sentence from {@code sentenceStart} to {@code to} ({@link PronounSpeakers#subject}), or null. */
    Referent subject(SpeakerDocument d, int sentenceStart, int to) {
        return pronounSpeakers.subject(d, sentenceStart, to);
    }

    /**
     * The subject of the sentence right after a quote that opens its paragraph and ends its sentence, or
     * the person after that sentence's opening participle clause ("« … » Assis à la terrasse d'un café de
     * Ben Gardane, Walid, 29 ans, jette …"); else null.
     */
    Referent following(SpeakerDocument d, int outer) {
        int k = d.tokenAt(outer);
        int end = afterEnd(d, outer);
        if (k >= d.tokens.size() || end <= outer || !Tokens.capitalised(d.text, d.tokens.get(k))) {
            return null;
        }
        Referent r = pronounSpeakers.subject(d, d.tokens.get(k).span().start(), end);
        return r != null ? r : subjectRules.openedBy(d, k, end);
    }

    /**
     * The subject of the sentence right after a quote that opens its paragraph ({@link #following}), when that
     * sentence names them for the first time and no possessive ties them to someone told of (« « … » Le maire, Paul
     * Roche, reçoit dans son bureau. », not « « … » Son frère, Ahmed, est mort en 2016. »): a portrait that opens on its
     * subject's words, even after other speakers; else null.
     */
    Referent newcomerFollowing(SpeakerDocument d, int outer) {
        Referent r = following(d, outer);
        if (r == null || r.description() != null
                && subjectRules.opensPossessive(d, r.description())) {
            return null;
        }
        Referent named = definite.named(d, r);
        return named != null && named.person() != null && !DefiniteReferents.namedBefore(named.person(), outer)
                ? named : null; // a person none of whose mentions comes before the quote
    }

    /**
     * The subject of the last sentence of the paragraph before a quote that opens its own paragraph, when
     * that paragraph holds no quote ("Le trentenaire hésite longtemps." then "« Si on m'avait demandé ça… »");
     * the last speaker instead when that subject asked them a question.
     */
    Referent previousParagraphSubject(SpeakerDocument d, int open, int prevEnd) {
        int line = lineStart(d.text, open);
        if (!blank(d.text, line, open) || line == 0) {
            return null;
        }
        int last = lastNonBlankBefore(d.text, line);
        if (last < 0 || last < prevEnd) {
            return null;
        }
        int start = Math.max(sentenceStart(d, last), lineStart(d.text, last));
        if (start < prevEnd) {
            return null;
        }
        Referent subject = pronounSpeakers.subject(d, start, last + 1);
        if (subject == null) { // "Life there was nothing like the videos, she says. Women were …" then "“…”"
            return ReportedParagraphs.lastTeller(d, finder, cueSpeakers, c -> exchanges.asks(d, c), lineStart(d.text, last),
                    last + 1, open);
        }
        return questioned(d, start, last + 1, subject) ? d.lastSpeaker : subject;
    }

    /**
     * Whether the sentence from {@code start} to {@code end} has its subject put a question to the last
     * speaker, someone else ("The judge, Justice …, asked why he had not left earlier." then "“Because …”"):
     * the quote after it is the answer of the one asked. A participle of asking that opens the sentence ("Asked what
     * he would tell his family, X paused for a long time.") was put to the subject, who answers.
     */
    private boolean questioned(SpeakerDocument d, int start, int end, Referent subject) {
        if (d.lastSpeaker == null) {
            return false;
        }
        int first = d.tokenAt(start);
        int ask = exchanges.ask(d, first, d.tokenAt(end));
        return ask >= 0 && !(ask == first && subjectRules.opensPhrase(d, ask)) // "Asked why …, X paused": X was asked
                && !SpeakerDocument.same(subject, d.lastSpeaker);
    }
}
