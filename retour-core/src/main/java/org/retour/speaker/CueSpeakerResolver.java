package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.closesSentence;
import static org.retour.speaker.QuoteOffsets.openMark;
import static org.retour.speaker.QuoteOffsets.outerEnd;
import static org.retour.speaker.SpeakerSentences.onlyPunctuation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.retour.model.Attribution;
import org.retour.model.Cue;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.person.DescriptionFinder;
import org.retour.person.Gender;
import org.retour.person.PersonLexicon;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * Attributes quotes through speech cues: a cue after the quote (", a dit X", ", ajouta-t-il", "said X",
 * "sagte er") or before it in the same sentence ("X a dit que … : « … »", "According to X, …"), or in the
 * last sentence of the previous paragraph when it ends with a colon. The speaker is the person or
 * unnamed person next to the cue. A pronoun ("a-t-il estimé", "he said", "sagte er", an Arabic verb with
 * no subject) goes to the person its paragraph introduces before it, else to the previous speaker when
 * the gender fits and they spoke at most two paragraphs back, else to the most recent compatible person.
 * A quote with no cue goes to the speaker an earlier sentence of its paragraph introduces, to the
 * subject of its own sentence, or to the speaker whose words its paragraph continues. Nested quotes stay
 * unattributed (they are the words the speaker reports) unless they address a parent or a cue of a
 * third-person pronoun introduces them ("He said, ‘…’"): then they go to the person the speaker reports; a figure
 * of the group who says them (« L'émir nous a dit : “…” ») speaks them, as in an account told without marks.
 *
 * <p>Design decision: a subject pronoun keeps the discourse's current speaker rather than the nearest
 * name, which is often an object ("il a payé un passeur … Il décrit …"); a new person at the head of a
 * paragraph takes over.
 *
 * <p>Each quote looks at a bounded window around it: linear in the text. Thread-safe.
 */
public final class CueSpeakerResolver implements SpeakerResolver {

    /** Canonical names of the armed groups whose former members articles are about. */
    static final java.util.Set<String> ARMED_GROUPS = java.util.Set.copyOf(
            org.retour.resource.ResourceLines.classpath("org/retour/speaker/armed-groups.txt"));
    /** The most characters a cue window reaches from its quote. */
    static final int WINDOW = 400;
    /** A cue after a quote within this many tokens of it wins over one before the quote. */
    static final int NEAR_TOKENS = 4;
    /** How far back (in characters) a definite description looks for the named person it stands for. */
    static final int NAMED_REACH = 1200;

    private final SpeechCues cues;
    private final PersonLexicon lexicon;
    private final VoiceLexicon voices;
    private final DescriptionFinder descriptions;
    private final PronounLinker pronouns;
    private final VoiceContext context;
    private final CueFinder finder;
    private final SubjectRules subjectRules;
    private final DefiniteReferents definite;
    private final PronounSpeakers pronounSpeakers;
    private final CueSpeakers cueSpeakers;
    private final FirstPersonHeads.Tellers headTellers;
    private final ContextSpeakers contextSpeakers;
    private final SurnameSpeakers surnames;
    private final InnerCues inner;
    private final LetterWords letterWords = LetterWords.bundled();
    private final LetterWriters letters = new LetterWriters(letterWords);
    private final LetterReading reading = new LetterReading(letterWords);
    private final ReportedWords reportedWords;
    private final DocumentAuthors documents = DocumentAuthors.bundled();
    private final AccountThirdPersons accounts = new AccountThirdPersons(letterWords);
    private final BodySpeakers bodies;
    private final ReplyTurns replies;
    private final Exchanges exchanges = Exchanges.bundled();
    private final QuestionAddressees addressees;
    private final DialogueTurns dialogues;
    private final WritingSubjects writingSubjects;
    private final GroupFigures figures = GroupFigures.bundled();
    private final InterpretedWords interpreted = InterpretedWords.bundled();
    private final NestedSpeakers nested;
    private final ContextTurns turns;
    private final ReportTellers tellers;
    private final WindowCues windowCues;

    public CueSpeakerResolver(SpeechCues cues, PersonLexicon lexicon, VoiceLexicon voices) {
        this.cues = Objects.requireNonNull(cues);
        this.lexicon = Objects.requireNonNull(lexicon);
        this.voices = Objects.requireNonNull(voices);
        this.descriptions = new DescriptionFinder(lexicon, cues);
        this.pronouns = new PronounLinker(lexicon);
        this.context = VoiceContext.bundled(voices, cues, lexicon);
        this.finder = new CueFinder(cues, pronouns);
        this.subjectRules = new SubjectRules(cues, lexicon, pronouns);
        this.definite = new DefiniteReferents(subjectRules);
        this.reportedWords = new ReportedWords(letters, letterWords, subjectRules);
        this.pronounSpeakers = new PronounSpeakers(subjectRules, pronouns, definite, cues);
        AskedObjects asked = AskedObjects.bundled(exchanges);
        this.addressees = new QuestionAddressees(exchanges, subjectRules);
        this.cueSpeakers = new CueSpeakers(cues, subjectRules, definite, pronounSpeakers, exchanges, asked);
        this.headTellers = new FirstPersonHeads.Tellers(pronouns, finder, cueSpeakers);
        this.contextSpeakers = new ContextSpeakers(finder, subjectRules, cueSpeakers, pronounSpeakers, definite, exchanges,
                asked, pronouns);
        this.bodies = new BodySpeakers(pronounSpeakers);
        this.replies = new ReplyTurns(definite, pronounSpeakers, exchanges);
        this.surnames = new SurnameSpeakers(lexicon);
        this.inner = new InnerCues(finder, cues, lexicon, descriptions);
        this.dialogues = DialogueTurns.bundled(exchanges, pronounSpeakers, definite);
        this.writingSubjects = new WritingSubjects(pronounSpeakers, cues);
        this.nested = new NestedSpeakers(finder, figures, letterWords, reportedWords, definite);
        this.turns = new ContextTurns(contextSpeakers, definite, NominalSubjects.bundled(lexicon, cues),
                HearerQuestions.bundled(exchanges, pronounSpeakers));
        this.tellers = ReportTellers.bundled(finder, cueSpeakers, pronounSpeakers, pronouns);
        this.windowCues = new WindowCues(finder, cues, contextSpeakers);
    }

    /** The resolver with the bundled lexicons. */
    public static CueSpeakerResolver bundled() {
        return new CueSpeakerResolver(SpeechCues.bundled(), PersonLexicon.bundled(), VoiceLexicon.bundled());
    }

    @Override
    public List<Quote> resolve(Analysis analysis) {
        List<Quote> quotes = analysis.list(Layers.MARKED_QUOTES);
        if (quotes.isEmpty()) {
            return quotes;
        }
        SpeakerDocument d = new SpeakerDocument(analysis, descriptions, lexicon, voices);
        List<Quote> out = new ArrayList<>(quotes.size());
        List<Quote> top = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            if (q.parent() == null) {
                top.add(q);
            }
        }
        int t = 0;
        java.util.Map<String, Referent> speakers = java.util.HashMap.newHashMap(quotes.size());
        java.util.Map<String, Quote> firstChildren = ReportingOpenings.firstChildren(quotes);
        java.util.Map<String, Quote> parents = java.util.HashMap.newHashMap(quotes.size());
        for (Quote q : quotes) {
            parents.put(q.id(), q);
            if (q.parent() != null) {
                out.add(nested.attribute(d, q, parents.get(q.parent()), speakers.get(q.parent())));
                continue;
            }
            int prevEnd = t > 0 ? outerEnd(d.text, top.get(t - 1).span()) : 0;
            int nextOpen = t + 1 < top.size() ? openMark(d.text, top.get(t + 1).span()) : d.text.length();
            t++;
            boolean reports = ReportingOpenings.opensReport(d, finder, letterWords, q, firstChildren.get(q.id())); // "« Il écrit : “…” »"
            out.add(dialogues.turn(d, top, t - 1, attribute(d, q, prevEnd, nextOpen, reports), speakers::get)); // "« — … ? — … »"
            speakers.put(q.id(), d.lastResolved);
        }
        out = HeadingQuotes.assign(d, out); // "'He just wants to come home and face it'" over the entry quoting her
        out = ParentSpeakers.bundled().assign(d, out); // "My mother told me, ‘Come home’": hers
        out = KinVocatives.assign(d, subjectRules, out); // "« Maman, je rentre »": her son's, not hers
        out = ReportedVocatives.assign(d, finder, out); // "« Il m'a dit : “Papa, …” »": the father's report of his son's words
        out = ReceivedMessages.assign(d, out); // "The last message she received arrived at dawn." "“…”": the writer's
        return GroupFigures.voiced(context.assign(d.view(), d.lang, d.tokens, d.lowered, d.sentences, out, d.persons,
                VoiceKeys.writers(d), VoiceKeys.kinReaders(d), d.mentionsAny(ARMED_GROUPS)), d.groupFigures);
    }

    /**
     * The quote {@code q} with its speaker; {@code reports} when it opens by reporting the words it nests (« Il
     * écrit : “…” »): then the words are the reader's, and no letter's writer takes them.
     */
    private Quote attribute(SpeakerDocument d, Quote q, int prevEnd, int nextOpen, boolean reports) {
        String text = d.text;
        java.util.function.UnaryOperator<Referent> named = r -> definite.named(d, r); // made once for the rules below
        int open = openMark(text, q.span());
        int outer = outerEnd(text, q.span());
        letters.readerTakesOver(d, open);
        d.subjectPronoun = Gender.UNKNOWN;
        QuoteWindow w = QuoteWindow.of(d, q, prevEnd, nextOpen);
        int bStart = w.bStart();
        int bEnd = w.bEnd();
        int aStart = w.aStart();
        int aEnd = w.aEnd();
        int bFirst = w.bFirst();
        int bLast = w.bLast();
        int aFirst = w.aFirst();
        int aLast = w.aLast();
        WindowCues.Found cued = windowCues.find(d, q, w, prevEnd, nextOpen);
        CueMatch after = cued.after();
        CueMatch before = cued.before();
        boolean startsSentence = cued.startsSentence();
        Referent speaker = null;
        boolean labelled = false;
        boolean transcript = false;
        CueMatch used = null;
        boolean colonBefore = before != null && QuoteOffsets.endsWithColon(d.text, before.span().end(), open);
        boolean sourceAfterVerb = after != null && after.source() && before != null && !before.source()
                && SpeakerSentences.sentenceStart(d, open) <= before.span().start(); // « …, a-t-il dit, « … », d'après Me X »
        if (after != null && !colonBefore && !sourceAfterVerb // "he wrote on Telegram: “…” In 2016 he told his mother …": the colon's
                && (before == null || startsSentence || after.first() - aFirst <= NEAR_TOKENS)) {
            speaker = cueSpeakers.speakerFor(d, after, aStart, aEnd, open);
            used = after;
        }
        if (speaker == null && before != null) {
            speaker = cueSpeakers.speakerFor(d, before, bStart, bEnd, open);
            used = before;
        }
        boolean ownSentence = before != null && after != null && after.first() - aFirst > NEAR_TOKENS
                && closesSentence(text, q.span().end(), outer); // "X's office said the case showed “… .” Agent Y said"
        if (speaker == null && after != null && used != after && !colonBefore && !ownSentence) { // "avant de nuancer : « … »" is not the next cue's
            speaker = cueSpeakers.speakerFor(d, after, aStart, aEnd, open);
            used = after;
        }
        if (speaker == null && used != null) {
            speaker = DocumentCues.author(d, used, pronounSpeakers); // "“…,” the letter continued": its writer's
        }
        if (speaker == null && PassiveCues.bundled().toldSubject(d, used)) { // "and was told that “…”": not the one told
            return q.withAttribution(new Attribution.Unattributed());
        }
        speaker = used == before ? accounts.speaker(d, used, prevEnd, speaker, d.lastSpeaker) : speaker; // "Mon émir a ri. Il a dit :"
        Referent figure = used == before ? figures.account(d, used, prevEnd, speaker, d.lastSpeaker) : null; // "L'émir nous disait :"
        speaker = figure != null ? figure : speaker;
        CueMatch inside = speaker == null ? inner.find(d, q.span()) : null; // "« Là-bas, poursuit-il, on … »"
        Referent insideSpeaker = inside == null ? null : inside.pronoun() == null ? inner.named(d, inside)
                : cueSpeakers.speakerFor(d, inside, inside.span().start(), inside.span().end(), open);
        if (insideSpeaker != null) {
            speaker = insideSpeaker;
            used = inside;
        }
        speaker = used == null ? speaker : interpreted.speaker(d, used, speaker, q.span(), open); // "« J'étais … », traduit Hozan"
        if (speaker != null && used != null && used.pronoun() == null && exchanges.replies(d, used)) {
            speaker = replies.answering(d, speaker, open); // "Le président a insisté : … ? « … », a répondu le trentenaire"
        }
        speaker = surnames.latest(d, definite.named(d, speaker),
                used != null && used.pronoun() != null ? used.pronoun().pronoun().gender() : d.subjectPronoun);
        if (figure != null) {
            speaker = figure; // the group's figure, not a person named before without that title
            d.groupFigures.add(figure.description().text());
        }
        Referent reported = ReportedHeads.atHead(d, finder, open, outer);
        speaker = ReportedHeads.cued(d, speaker, reported, used, named); // "“Karim said, ‘…’” he wrote"
        Referent owner = OwnedWords.bundled().owner(d, outer); // "« … » Ces mots sont ceux de Fadimata": hers, whatever cue
        if (owner != null) {
            speaker = null;
            used = null;
        }
        Attribution attribution;
        boolean answer = false;
        boolean askedBack = false;
        if (speaker == null && used != null && owner == null) { // "X read a statement for the family. “…,” it said"
            Referent issuer = StatementIssuers.bundled().of(d, used).person();
            speaker = issuer == null ? null : definite.named(d, issuer);
            speaker = speaker == null ? BylineNarrators.bundled().narrator(d, used) : speaker; // "“…?” I asked."
        }
        BodySpeakers.Body body = bodies.speaking(d, speaker, used, after, before, startsSentence, open, outer);
        if (body instanceof BodySpeakers.Body.Words words) {
            return q.withAttribution(new Attribution.Contextual(words.body()));
        }
        Speaker organisation = null;
        if (body instanceof BodySpeakers.Body.Through through) {
            organisation = through.body();
            used = through.cue();
        }
        if (organisation == null && speaker == null && used != null && (used == after && used.pronoun() != null
                && used.pronoun().pronoun().plural() || used == before && GroupCues.plural(d, cues, used))) {
            // "Les enquêteurs insistent. « … ? », lui demandent-ils", « Plusieurs hommes lui ont décrit « … » »: several
            // speak, no one person of the context
            d.lastResolved = null;
            return q.withAttribution(new Attribution.Unattributed());
        }
        if (organisation != null) {
            attribution = new Attribution.Cued(organisation, new Cue(used.span(), used.span().of(text)));
        } else if (speaker != null) {
            attribution = new Attribution.Cued(d.speaker(speaker), new Cue(used.span(), used.span().of(text)));
        } else {
            Referent letter = owner == null && used == null ? letters.goesOn(d, open, d.tokenCues(cues)) : null; // "“…,” Okafor read. “They hanged …”"
            Referent colonPerson = owner != null ? owner : letter != null ? null : PlaceSpeakers.colonSpeaker(d, bStart, bEnd);
            if (colonPerson == null && owner == null && letter == null) {
                colonPerson = TranscriptLabels.speaker(d, open); // "HAMDI (voix traduite de l'arabe) : « … »"
                transcript = colonPerson != null;
            }
            speaker = colonPerson == null || exchanges.addressed(d, colonPerson) ? null // "se tournant vers son ancien ami : « … »"
                    : definite.named(d, colonPerson); // "Réponse de l'accusé : « … »"
            labelled = speaker != null;
            if (speaker == null && letter == null) {
                int colon = PlaceSpeakers.possessiveColon(d, bStart, bEnd, voices, lexicon); // "Son constat : « … »"
                speaker = colon < 0 ? null : pronounSpeakers.resolve(d, new Pronoun(Gender.UNKNOWN, false), colon, open);
            }
            speaker = speaker == null ? letter : speaker;
            if (speaker == null && reports) {
                speaker = reading.readerNextTo(d, outer, aEnd); // "“He says, ‘…’” Yanis read": the reader's words
            }
            if (speaker == null && used == null) {
                speaker = DashAttributions.speaker(d, open, outer); // "“…”" then "— Rep. X (R-Fla.), on Fox News"
            }
            if (speaker == null) {
                ContextTurns.Found found = turns.speaker(d, q, used, new ContextTurns.Place(open, outer, prevEnd, bStart,
                        startsSentence));
                ReportTellers.Told told = tellers.told(d, found.speaker(), used, new int[] {open, outer, prevEnd},
                        named); // "His sister rang him." then "“She said, ‘…’”": not her words
                speaker = told.teller();
                speaker = told.caller() == null ? FirstPersonHeads.bundled().teller(d, q.span().start(), speaker,
                        headTellers, named) : speaker; // "Il lui a rapporté un livre. « Il m'a dit : … »": not his words
                reported = reported != null ? reported : told.caller();
                answer = found.answer();
                askedBack = found.askedBack();
            }
            speaker = speaker == null ? WriterNamedAfter.bundled().writer(d, used) : speaker; // "“…,” the letter says. The writer, X, …"
            speaker = surnames.latest(d, speaker, d.subjectPronoun); // "“…,” he wrote. “…”": not his sister
            speaker = used != null ? speaker : ReportedHeads.notReported(d, speaker, reported, open, Gender.UNKNOWN,
                    named); // "“Karim said, ‘…’” he wrote. “…”": not Karim either
            attribution = speaker == null ? new Attribution.Unattributed()
                    : new Attribution.Contextual(d.speaker(speaker));
        }
        boolean ownLetter = speaker != null && letters.writes(d, used) && letters.mayWrite(d, speaker); // "he wrote: “Mum, …”"
        Referent readerAfter = organisation == null && used == null && speaker != null ? reading.readerAfter(d, outer, aEnd) : null;
        readerAfter = readerAfter == null || SpeakerDocument.same(definite.named(d, readerAfter), speaker) ? null
                : definite.named(d, readerAfter);
        Referent writer = organisation != null || ownLetter || readerAfter != null || reports || owner != null ? null
                : letters.writerOf(d, q, new int[] {open, prevEnd, outer, aEnd}, used != null && used == after, speaker,
                        named, k -> writingSubjects.author(d, k, open));
        DocumentAuthors.Author documented = organisation != null || ownLetter || readerAfter != null || transcript || reports
                || owner != null || used != null
                && used == after ? null : documents.author(d, open, prevEnd, speaker); // "le message qu'elle a adressé : « … »"
        writer = documented != null && documented.who() != null ? definite.named(d, documented.who()) : writer;
        if (documented != null && documented.who() == null && writer == null) { // "l'attestation de l'employeur : « … »"
            speaker = null;
            writer = null;
            attribution = new Attribution.Unattributed();
        }
        if (readerAfter != null) { // "Ilias y raconte … « … », lit encore Malika El Ouardi": the letter is his, she reads it
            d.writers.add(speaker.person() != null ? speaker.person() : speaker.description());
            d.reader = readerAfter;
            d.letterParagraph = d.paragraph(open);
        }
        if (ownLetter && letters.addressesParent(d, q.span().start(), q.span().end())) {
            d.writers.add(speaker.person() != null ? speaker.person() : speaker.description());
            attribution = new Attribution.Cued(d.speaker(speaker), new Cue(used.span(), used.span().of(text)));
        }
        if (owner != null && speaker != null && letters.addressesParent(d, q.span().start(), q.span().end())) {
            d.writers.add(speaker.person() != null ? speaker.person() : speaker.description()); // "« Maman, … » C'est Bilal."
        }
        if (writer != null) { // "Elle lit la lettre à voix haute. « On a faim ici »": the writer's words
            d.reader = speaker;
            d.letterParagraph = d.paragraph(open);
            speaker = writer;
            attribution = used == null ? new Attribution.Contextual(d.speaker(writer))
                    : new Attribution.Cued(d.speaker(writer), new Cue(used.span(), used.span().of(text)));
        } else if (speaker != null && attribution instanceof Attribution.Cued && !q.partial() && !letters.writes(d, used)) {
            d.cued.add(speaker.person() != null ? speaker.person() : speaker.description());
        }
        d.lastResolved = speaker;
        d.headReported = reported;
        d.headReportedEnd = outer;
        if (speaker != null && figure == null && !(q.partial() && (subjectRules.earlierObjects().actsOnEarlier(d, speaker)
                || ReportedPartials.insideReport(d, cues, speaker, open)))) {
            // "un responsable lui a proposé de « monter au paradis »": words quoted in passing of one who acts on
            // the person told of take no turn from that person, nor do those of one whom another's report quotes
            if (d.lastSpeaker != null && !SpeakerDocument.same(definite.named(d, d.lastSpeaker), definite.named(d, speaker))) {
                d.otherSpeaker = d.lastSpeaker;
            }
            d.lastSpeaker = speaker;
            if (speaker.person() != null) {
                d.turns.merge(speaker.person(), 1, Integer::sum);
            }
            d.lastParagraph = d.paragraph(Math.max(open, outer - 1));
            d.lastEnd = outer;
        }
        d.asked = speaker != null && (exchanges.asks(d, q, aFirst, aLast) || (labelled || askedBack
                || used != null && used == before && exchanges.asks(d, used)) && Exchanges.question(q)); // "Le président : « Pourquoi … ? »",
        // "Ms Moffat asked: “Did he cry?”"
        d.answered = speaker != null && (answer || used != null && exchanges.replies(d, used));
        if (d.asked && d.otherSpeaker == null && used == after && after != null && exchanges.asks(d, after)) {
            // the first question, cued by a verb of asking: put to the person it asks, not to no one
            d.otherSpeaker = addressees.putTo(d, open, aFirst, aLast, speaker, named);
        }
        boolean partial = q.partial() && !(used != null && used == after && onlyPunctuation(d, aFirst, after.first()));
        return new Quote(q.id(), q.span(), q.text(), partial, q.parent(), q.language(), attribution);
    }
}
