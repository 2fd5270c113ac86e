package org.retour.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.retour.model.Entity;
import org.retour.model.Sentence;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.model.Voice;
import org.retour.person.DescriptionFinder;
import org.retour.person.Gender;
import org.retour.person.PersonLexicon;
import org.retour.person.PersonStage;
import org.retour.person.Referents;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * What the resolution of one document's speakers needs, built once per document: its text, tokens,
 * sentences, paragraphs, the people a quote may be attributed to, the organisations, and the speaker of
 * the last attributed quote; with the sentence and the words around an offset. The offsets of marks and
 * lines around a quote are {@link QuoteOffsets}.
 *
 * <p>Not thread-safe: one instance serves one resolution on one thread.
 */
final class SpeakerDocument {

    final String text;
    final String lang;
    final List<Token> tokens;
    final List<Sentence> sentences;
    /** Where the sentences start, for {@link SpeakerSentences#sentenceStart}. */
    final SentenceStarts sentenceStarts;
    final Referents referents;
    final List<Entity> persons;
    /** The top-level quotes' spans, in text order. */
    final TopQuotes quotes;
    /** An organisation's mention with its entity. */
    record OrganisationMention(Span span, Entity entity) {
    }

    /** Mentions of organisations in text order. */
    final List<OrganisationMention> orgs = new ArrayList<>();
    final List<Integer> paragraphStarts = new ArrayList<>();
    /** {@link #paragraphStarts} unboxed, for {@link #paragraph} and {@link #paragraphEnd}. */
    private final int[] paragraphOffsets;
    /** The index of {@link #paragraphOffsets}, which finds the paragraph of an offset without a search. */
    private final org.retour.model.OffsetRuns paragraphRuns;
    /** Lower-cased word tokens, shared with the person stage (never changed). */
    final String[] lowered;
    Referent lastSpeaker;
    /** The speaker before {@link #lastSpeaker} who is someone else, or null: who answers when the last one asks. */
    Referent otherSpeaker;
    /** Whether the last top-level quote asked someone a question ("Et les exécutions, vous les avez vues ?"). */
    boolean asked;
    /** Whether the last top-level quote answered a question: its speaker is the one who was asked. */
    boolean answered;
    /** Who read out the last letter, or null, and the paragraph of that letter. */
    Referent reader;
    int letterParagraph = -10;
    /** The organisation the last top-level quote was given, or null, and its paragraph. */
    org.retour.model.Speaker lastOrganisation;
    int lastOrganisationParagraph = -10;
    /** The speaker the last top-level quote was given, or null. */
    Referent lastResolved;
    /**
     * The gender of the subject pronoun before a cue's verb through which the quote being attributed found
     * its speaker ("he turned towards the gallery and said:"), else UNKNOWN.
     */
    org.retour.person.Gender subjectPronoun = org.retour.person.Gender.UNKNOWN;
    /** The persons and descriptions found writing a letter that someone else reads out. */
    final SpeakerSet writers = new SpeakerSet();
    /** The persons and descriptions who read out a letter of their child or sibling. */
    final SpeakerSet kinReaders = new SpeakerSet();
    /** The persons and descriptions a cue gives a quote of their own, outside letters. */
    final SpeakerSet cued = new SpeakerSet();
    /** The descriptions of the group's figures found speaking inside someone's words ({@link GroupFigures}). */
    final java.util.Set<String> groupFigures = new java.util.HashSet<>();
    int lastParagraph = -10;
    /** How many quotes each named person has been given so far, as the last speaker: their share of the floor; keyed by identity. */
    final java.util.Map<Entity, Integer> turns = new java.util.IdentityHashMap<>();
    /** Where the last attributed quote's outer mark ends. */
    int lastEnd = -1;
    /** What each referent stands for by {@link DefiniteReferents#named}, read once; keyed by identity. */
    final java.util.Map<Referent, DefiniteReferents.Reading> readings = new java.util.IdentityHashMap<>();
    /** What the rules reading a description find more than once in the document ({@link DescriptionMemo}). */
    final DescriptionMemo descriptionMemo = new DescriptionMemo();
    /** Who is whose kin among the named persons ({@link FamilyGraph}), built on first use. */
    private FamilyGraph family;
    final VoiceLexicon voices;
    private final PersonLexicon lexicon;
    /** What opens each description ({@link DescriptionOpenings}), this thread's memo. */
    private final org.retour.person.WordMemo<Integer> openings;
    /** The speakers and voices of this document's referents, with what they read once. */
    private final DocumentSpeakers speakers;
    /** The ids of the persons a surname alone was taken to name over another of that surname ({@link SurnameSpeakers}). */
    final java.util.Set<String> surnamed = new java.util.HashSet<>(4);
    /** The last word of each person's canonical name, lower-cased, as {@link #persons}; {@link SurnameSpeakers} reads it once. */
    String[] surnames;
    /** Each person's named mentions by the offset where they end, inside quotes too ({@link ReportedHeads}). */
    java.util.Map<Integer, Referent> namesByEnd;
    /** The person the last quote reported at its head ({@link ReportedHeads}), or null, and where that quote ended. */
    Referent headReported;
    int headReportedEnd = -1;
    /** The cue kinds of the tokens, built on first use. */
    private TokenCues tokenCues;
    /**
     * Per sentence, the first sentence from it on that opens on a phrase of {@link RevealedNames} (the number of sentences
     * when none does); made on first use.
     */
    int[] namingSentences;
    /** The phrases {@link #namingSentences} were found with. */
    Object namingSentencesOf;
    /** Per token, what {@link LetterWords#kindAt} found for it (0 before it looked); made on first use. */
    byte[] letterKinds;
    /** Per token, what {@link Exchanges#kindAt} found for it (0 before it looked), and for which words; made on first use. */
    byte[] exchangeKinds;
    Exchanges exchangeKindsOf;
    /** The start offsets of the tokens. */
    private final org.retour.entity.TokenView view;
    /** The text read in lower case ({@link Locale#ROOT}), made on first use. */
    private LowerText lowerText;

    SpeakerDocument(Analysis a, DescriptionFinder descriptions, PersonLexicon lexicon, VoiceLexicon voices) {
        this.voices = voices;
        this.lexicon = lexicon;
        this.openings = DescriptionOpenings.memo(lexicon);
        this.speakers = new DocumentSpeakers(this, lexicon, voices);
        text = a.text();
        lang = a.get(Layers.LANGUAGE).code();
        tokens = a.get(Layers.TOKENS);
        sentences = a.get(Layers.SENTENCES);
        sentenceStarts = new SentenceStarts(sentences, text.length());
        lowered = Tokens.lowered(text, tokens);
        view = org.retour.entity.TokenView.of(a);
        List<Span> top = PersonStage.topLevelSpans(a.get(Layers.MARKED_QUOTES));
        quotes = new TopQuotes(top);
        List<Entity> all = a.list(Layers.PERSONS);
        for (Entity e : a.find(Layers.ORGANIZATIONS).orElse(List.of())) {
            for (org.retour.model.Mention m : e.mentions()) {
                orgs.add(new OrganisationMention(m.span(), e));
            }
        }
        orgs.sort(java.util.Comparator.comparingInt(o -> o.span().start()));
        List<org.retour.person.PersonDescription> described = a.find(PersonStage.DESCRIPTIONS)
                .orElseGet(() -> descriptions.find(text, tokens, lang));
        Referents found = a.find(PersonStage.REFERENTS).orElse(null);
        boolean among = found != null && found.foundAmong(all);
        // the persons pronouns and cues may refer to: without the public figures named only by their own forms
        persons = among ? found.persons() : all;
        referents = among ? found : Referents.of(text, persons, described, top, lexicon, lang);
        paragraphStarts.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                paragraphStarts.add(i + 1);
            }
        }
        int[] starts = new int[paragraphStarts.size()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = paragraphStarts.get(i);
        }
        paragraphOffsets = starts;
        paragraphRuns = new org.retour.model.OffsetRuns(starts, text.length());
    }







    /**
     * The role of the first description that stands for a named person ("A Belgian returnee" for Yassin O.), not a
     * trade given after an age, or null ({@link DocumentSpeakers#describedRole}).
     */
    String describedRole(Entity person) {
        return speakers.describedRole(person);
    }

    /** The speaker a referent is: a named person with their role, or a description ({@link DocumentSpeakers#speaker}). */
    org.retour.model.Speaker speaker(Referent r) {
        return speakers.speaker(r);
    }

    /** The person {@code e} stands for when it is another name or a title of theirs ({@link StandIns}), else {@code e}. */
    Entity standFor(Entity e) {
        return speakers.standFor(e);
    }

    /** Whether a person's role is one word that names a state body ("prosecution", "FBI"): a side, not a post. */
    boolean bodyAlone(String role) {
        return speakers.bodyAlone(role);
    }

    /** The voice a role gives ({@link DocumentSpeakers#voiceOf}); each role is read once per document. */
    Voice voiceOf(String role) {
        return speakers.voiceOf(role);
    }

    /**
     * The gender of the noun a description stands in apposition to ("her then husband, a Dutch national":
     * male), or UNKNOWN when no gendered head noun and comma stand right before it.
     */
    Gender apposedGender(Referent r) {
        int k = tokenAt(r.span().start());
        if (k < 2 || !Tokens.is(text, tokens.get(k - 1), ",") || lower(k - 2) == null) {
            return Gender.UNKNOWN;
        }
        Gender g = lexicon.head(lower(k - 2), lang);
        return g == null ? Gender.UNKNOWN : g;
    }

    /** Whether a lower-case word heads a description of a person ("cheikh", "imam", "lawyer"). */
    boolean headNoun(String lowerWord) {
        return lexicon.head(lowerWord, lang) != null;
    }

    /** Whether a span lies inside a top-level quote. */
    boolean quoted(Span s) {
        return quotes.holds(s);
    }

    /** Whether a word is a relative pronoun that opens a clause about the noun before it ("qui", "who"). */
    boolean relativePronoun(String word) {
        return lexicon.is(PersonLexicon.Kind.REL, word.toLowerCase(Locale.ROOT), lang);
    }

    /**
     * Whether token {@code k} is the head noun of a person's description right after its article, though it
     * is also a verb of speech ("le prévenu", "l'accusé", "la prévenue"): a person, not a cue.
     */
    boolean personNounAfterArticle(int k) {
        if (k < 1 || lower(k) == null || lower(k - 1) == null || lexicon.head(lower(k), lang) == null) {
            return false;
        }
        String before = lower(k - 1).replace('’', '\'');
        return lexicon.is(PersonLexicon.Kind.DET, before, lang) && lexicon.is(PersonLexicon.Kind.INDEF, before, lang);
    }

    /**
     * Whether the word at token {@code k} is a person's noun right after a preposition ("l'autorisation au juge"),
     * so no verb of the same form ("il juge que"); the caller rules out the pronouns a verb may carry (« en », « y »).
     */
    boolean personNounAfterPreposition(int k) {
        return k >= 1 && lower(k) != null && lower(k - 1) != null && lexicon.head(lower(k), lang) != null
                && lexicon.is(PersonLexicon.Kind.PREP, lower(k - 1).replace('’', '\''), lang);
    }

    /** Whether a word opens a description of someone not met before ("a", "an", "un", "ein"). */
    boolean indefinite(String word) {
        return lexicon.is(PersonLexicon.Kind.INDEF, word.toLowerCase(Locale.ROOT), lang);
    }

    /**
     * Whether token {@code k} is a determiner or an honorific that may stand before a name at a sentence's head (« Le
     * Dr Olivier Jaccard », "Dr", « Me »).
     */
    boolean beforeName(int k) {
        String w = lower(k);
        return w != null && (lexicon.is(PersonLexicon.Kind.DET, w, lang)
                || lexicon.is(PersonLexicon.Kind.HONORIFIC, tokens.get(k).span().of(text), lang));
    }

    /** Whether token {@code k} is a conjunction that joins two verbs or two parts of a role ("and", « et », „und“). */
    boolean conjunction(int k) {
        String w = lower(k);
        return w != null && lexicon.is(PersonLexicon.Kind.CONJ, w, lang);
    }

    /** Whether an indefinite article opens description {@code p}: {@link #indefinite} of its first word ({@link DescriptionOpenings}). */
    boolean opensIndefinite(org.retour.person.PersonDescription p) {
        return (openings.get(p.text(), lang) & DescriptionOpenings.INDEFINITE) != 0;
    }

    /** Whether a possessive determiner opens description {@code p}: {@link #possessive} of its first word. */
    boolean opensPossessive(org.retour.person.PersonDescription p) {
        return (openings.get(p.text(), lang) & DescriptionOpenings.POSSESSIVE) != 0;
    }

    /** Whether this document's words are read with {@code other}. */
    boolean readsWith(PersonLexicon other) {
        return lexicon == other;
    }

    /** Whether a word is a possessive determiner ("son", "his"): what it opens is someone's kin or staff, no newcomer. */
    boolean possessive(String word) {
        return lexicon.is(PersonLexicon.Kind.POSSESSIVE, word.toLowerCase(Locale.ROOT), lang);
    }

    /**
     * Whether two speakers are one: the same entity, or, with none, the same description ({@code a} not null).
     */
    static boolean sameSpeaker(org.retour.model.Speaker a, org.retour.model.Speaker b) {
        return a.entity() != null ? a.entity().equals(b.entity())
                : b.entity() == null && a.description() != null && a.description().equals(b.description());
    }

    /**
     * What {@code read} gives, with {@link #subjectPronoun} as it was before: the cues and pronouns a rule reads
     * around a quote to weigh its context leave the quote's own cue pronoun as it was.
     */
    <T> T keepingSubjectPronoun(java.util.function.Supplier<T> read) {
        org.retour.person.Gender before = subjectPronoun;
        try {
            return read.get();
        } finally {
            subjectPronoun = before;
        }
    }

    /** The person of the document whose id is {@code id}, or null. */
    Entity person(String id) {
        for (Entity e : persons) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    /** Whether two referents are one person (the same entity, description or span). */
    static boolean same(Referent a, Referent b) {
        if (a == null || b == null) {
            return false;
        }
        if (a.person() != null || b.person() != null) {
            return a.person() == b.person();
        }
        return a.description() == b.description() || a.span().equals(b.span());
    }

    /** Whether an organisation of one of these canonical names is mentioned. */
    boolean mentionsAny(java.util.Set<String> canonicals) {
        for (OrganisationMention o : orgs) {
            if (canonicals.contains(o.entity().canonical())) {
                return true;
            }
        }
        return false;
    }

    /** The cue kinds of this document's tokens by {@code cues}, read once per token. */
    TokenCues tokenCues(SpeechCues cues) {
        TokenCues t = tokenCues;
        if (t == null || t.cues() != cues) {
            t = new TokenCues(this, cues);
            tokenCues = t;
        }
        return t;
    }

    /** The index of the first token whose start is at or after {@code offset}, as {@link Tokens#firstAtOrAfter}. */
    int tokenAt(int offset) {
        return view.indexAt(offset);
    }

    /** The index of the first word token at or after {@code offset} (a sentence's first word), or the number of tokens. */
    int wordAt(int offset) {
        int k = tokenAt(offset);
        while (k < tokens.size() && !org.retour.person.Tokens.isWord(tokens.get(k))) {
            k++;
        }
        return k;
    }

    /** The view of the tokens, shared with the other stages of the document. */
    org.retour.entity.TokenView view() {
        return view;
    }

    /** The text read in lower case with {@link Locale#ROOT}, made once per document. */
    LowerText lowerText() {
        LowerText l = lowerText;
        if (l == null) {
            l = new LowerText(text);
            lowerText = l;
        }
        return l;
    }

    /** Token {@code k} in lower case: a word's from {@link #lowered}, any other's kept by the view. */
    String lower(int k) {
        String s = lowered[k];
        return s != null ? s : view.lower(k);
    }

    /** Token {@code k} in lower case with a typographic apostrophe made straight, as the word lists write it (« qu’ »). */
    String straightLower(int k) {
        return lower(k).replace('\u2019', '\'');
    }

    /** Whether token {@code k} is a word, lower-cased, of {@code kind} among {@code words} in this language. */
    boolean wordOf(org.retour.resource.KindWords words, String kind, int k) {
        return k >= 0 && k < tokens.size() && Tokens.isWord(tokens.get(k)) && words.is(kind, lower(k), lang);
    }

    /** The number of the paragraph holding {@code offset}: of the last one starting at or before it, else 0. */
    int paragraph(int offset) {
        return Math.max(0, paragraphRuns.lastAtOrBefore(offset));
    }

    /** Where paragraph number {@code paragraph} ends: the start of the next one, or the end of the text. */
    int paragraphEnd(int paragraph) {
        return paragraph + 1 < paragraphOffsets.length ? paragraphOffsets[paragraph + 1] : text.length();
    }

    /** The family graph of the document's named persons, read once. */
    FamilyGraph family(SubjectRules rules) {
        if (family == null) {
            family = FamilyGraph.of(this, rules);
        }
        return family;
    }
}
