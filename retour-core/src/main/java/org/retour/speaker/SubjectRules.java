package org.retour.speaker;

import static org.retour.speaker.SpeakerSentences.wordsBefore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.retour.model.Voice;
import org.retour.person.Gender;
import org.retour.person.PersonLexicon;
import org.retour.person.PronounLinker;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Decides which people can be the subject of a speech verb or of a paragraph: not possessives ("Trump's
 * comments"), not the complement of a preposition ("interrogé par le président", "told the judge"), not a
 * name that only modifies a noun ("The Trump campaign"); and the person a paragraph introduces.
 *
 * <p>Immutable and thread-safe.
 */
final class SubjectRules {

    /** The most words before a sentence's subject ("Pour le chercheur X", "Parmi eux, une femme"). */
    static final int SUBJECT_WORDS = 5;

    /**
     * Prepositions whose complement is no subject though no role runs on through them, by language, from
     * {@code org/retour/speaker/complement-prepositions.txt} (« avec »).
     */
    private static final Map<String, Set<String>> COMPLEMENT_PREPOSITIONS = ResourceLines.wordsByLanguage(
            ResourceLines.classpath("org/retour/speaker/complement-prepositions.txt"));
    /** The most title words ("Home Affairs Minister") between a preposition and the name it governs. */
    static final int TITLE_WORDS = 4;
    /** The most words of a verb (auxiliary, object pronoun) between the writer's "nous" or "we" and the person met. */
    static final int REPORTER_VERB_WORDS = 3;

    private final SpeechCues cues;
    private final PersonLexicon lexicon;
    private final PronounLinker pronouns;
    private final EarlierObjects earlierObjects;
    private final OpenerSubjects openers;

    /** How many tokens before a comma a description may start whose apposition is the name after it. */
    static final int APPOSED_TOKENS = 6;

    /** The speech cues these rules read. */
    SpeechCues cues() {
        return cues;
    }

    SubjectRules(SpeechCues cues, PersonLexicon lexicon, PronounLinker pronouns) {
        this.cues = Objects.requireNonNull(cues);
        this.lexicon = Objects.requireNonNull(lexicon);
        this.pronouns = Objects.requireNonNull(pronouns);
        this.earlierObjects = new EarlierObjects(cues, lexicon);
        this.openers = new OpenerSubjects(lexicon, this::governed);
    }

    /** The rule that tells whether a subject acts on a person told of before it. */
    EarlierObjects earlierObjects() {
        return earlierObjects;
    }

    /**
     * The referents that may be the subject of a verb: not possessives ("Trump's comments") nor the
     * complement of a preposition ("interrogé par le président", "told the judge", "a dit au juge").
     */
    List<Referent> subjects(SpeakerDocument d, List<Referent> refs) {
        List<Referent> out = new ArrayList<>(refs.size());
        for (Referent r : refs) {
            if (!possessive(d, r) && !governed(d, r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** Whether a person is mentioned in the English possessive ("Trump's comments"). */
    static boolean possessive(SpeakerDocument d, Referent r) {
        return Tokens.possessiveAt(d.text, r.span().end());
    }

    /** Whether a word is a possessive determiner ("son", "his", "ihre"). */
    boolean possessive(SpeakerDocument d, String word) {
        return lexicon.is(PersonLexicon.Kind.POSSESSIVE, word.toLowerCase(java.util.Locale.ROOT), d.lang);
    }

    /** Whether a possessive determiner opens description {@code p}: {@link #possessive(SpeakerDocument, String)} of its first word. */
    boolean opensPossessive(SpeakerDocument d, org.retour.person.PersonDescription p) {
        return d.readsWith(lexicon) ? d.opensPossessive(p) : possessive(d, IntroducedDescriptions.firstWord(p.text()));
    }

    /** Whether token {@code k} is a preposition that may open an infinitive (pour, de, to). */
    boolean preposition(SpeakerDocument d, int k) {
        String w = d.lower(k);
        return lexicon.is(PersonLexicon.Kind.PREP, w, d.lang) || complementPreposition(w, d.lang);
    }

    /** Whether a lower-cased word is one of {@link #COMPLEMENT_PREPOSITIONS} in {@code lang}. */
    private static boolean complementPreposition(String w, String lang) {
        Set<String> words = COMPLEMENT_PREPOSITIONS.get(lang);
        return words != null && words.contains(w);
    }

    /** The gender the last word of a role gives as a head noun ("his sister": female), else UNKNOWN. */
    Gender roleGender(SpeakerDocument d, String role) {
        if (role == null || role.isBlank()) {
            return Gender.UNKNOWN;
        }
        String w = role.strip().toLowerCase(java.util.Locale.ROOT);
        Gender g = lexicon.head(w.substring(w.lastIndexOf(' ') + 1), d.lang);
        return g == null ? Gender.UNKNOWN : g;
    }

    /** Whether token {@code k} is a preposition or a participle that may open a sentence before its subject. */
    boolean opensPhrase(SpeakerDocument d, int k) {
        return Tokens.isWord(d.tokens.get(k)) && (lexicon.is(PersonLexicon.Kind.PREP, d.lower(k), d.lang)
                || lexicon.is(PersonLexicon.Kind.OPENER, d.lower(k), d.lang));
    }

    /**
     * Whether token {@code k} opens its sentence's phrase with a participle whose agent follows it ("Asked by the
     * coroner why …", « Interrogé par le président sur … »): the agent is someone else than the sentence's subject.
     */
    boolean agentOpener(SpeakerDocument d, int k) {
        return k + 1 < d.tokens.size() && Tokens.isWord(d.tokens.get(k)) && lexicon.is(PersonLexicon.Kind.OPENER, d.lower(k), d.lang)
                && !lexicon.is(PersonLexicon.Kind.PREP, d.lower(k), d.lang) && d.lower(k + 1) != null
                && lexicon.is(PersonLexicon.Kind.AGENT, d.lower(k + 1), d.lang);
    }

    /** The first token from {@code k} on that is no title before a name (Me, M. with its full stop, Dr). */
    int pastTitles(SpeakerDocument d, int k) {
        while (title(d, k) != null) {
            k++;
            if (k + 1 < d.tokens.size() && Tokens.is(d.text, d.tokens.get(k), ".")) {
                k++;
            }
        }
        return k;
    }

    /** The gender the titles from token {@code k} on give ("Ms", "Mme"), UNKNOWN when none does. */
    Gender titleGender(SpeakerDocument d, int k) {
        Gender g = Gender.UNKNOWN;
        for (int t = k; t < pastTitles(d, k); t++) {
            Gender own = title(d, t);
            g = own == null ? g : g.or(own);
        }
        return g;
    }

    /** The gender of the title before a name that token {@code k} is (UNKNOWN for Me, Dr), or null when it is none. */
    private Gender title(SpeakerDocument d, int k) {
        return k + 1 < d.tokens.size() && Tokens.isWord(d.tokens.get(k))
                ? lexicon.gender(PersonLexicon.Kind.HONORIFIC, d.tokens.get(k).span().of(d.text), d.lang) : null;
    }

    /** Whether token {@code k} is a conjunction that joins two verbs or two parts of a role (et, and, und). */
    boolean conjunction(SpeakerDocument d, int k) {
        return d.conjunction(k);
    }

    /**
     * The person a paragraph is about before {@code offset}: its first person mentioned by name or
     * description, when no singular personal pronoun comes before it ("Le procureur, Jean-Marc Lesueur,
     * a mis en doute … « … », a-t-il estimé"), and its gender fits; else null.
     *
     * <p>Design decision: news paragraphs that introduce a new person before a quote attribute the quote
     * to them, so the paragraph's subject wins over a speaker of an earlier paragraph; a paragraph that
     * opens with a pronoun continues the earlier speaker and has no topic of its own.
     */
    Referent paragraphTopic(SpeakerDocument d, int offset, Gender gender) {
        int p = d.paragraphStarts.get(d.paragraph(offset));
        int k = d.tokenAt(p);
        Referent opened = openers.afterOpener(d, k, offset, gender);
        if (opened != null) {
            return opened;
        }
        int opener = -1; // where an opening phrase ends, once read
        for (Referent r : d.referents.within(p, offset)) {
            for (; k < d.tokens.size() && d.tokens.get(k).end() <= r.span().start(); k++) {
                PronounLinker.Found f = pronouns.pronounIn(d.text, d.tokens, d.lowered, k, d.lang);
                if (f != null && !f.pronoun().plural()) {
                    return null; // a pronoun before any new person: the paragraph continues an earlier one
                }
            }
            if (DeadSubjects.diedSince(d, pronouns, r, offset)) {
                return null; // « Son mari … Il a été tué au printemps 2016. « … » »: the dead speaks no more
            }
            if (ObjectRelatives.toldOf(d, pronouns, r, gender)) {
                return null; // « Un ami, qu'il refuse de nommer, … »: the paragraph goes on with the one who tells of him
            }
            if (OpeningPhraseComplements.inside(d, this, pronouns, r, gender, offset)) {
                return null; // "Sitting beside a soldier, he said": the pronoun is the subject, the soldier a complement
            }
            if (opener < 0) {
                opener = openers.openerEnd(d, d.tokenAt(p));
            }
            if (r.span().end() <= opener && !viewHolder(d, p, r)) {
                continue; // "In messages to his brother in Texas, …, Nassar complained": no complement of the opening phrase
            }
            if (r.gender().compatible(gender) && (wordsBefore(d, r.span().start()) <= SUBJECT_WORDS || metByReporter(d, r))
                    && (!governed(d, r) || viewHolder(d, p, r)) && (!possessive(d, r) || ownsThing(d, r, offset))) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether a person is the object of a verb whose subject is the writer ("Dans la salle des pas perdus, nous
     * avons croisé la sœur de l'accusé, Nawel Saoudi", "we met Amira"): a `reporter` pronoun at most
     * {@link #REPORTER_VERB_WORDS} words before it, after punctuation or the sentence's start, not after a
     * pronoun or a person ("il nous a présenté sa femme"). The writer meets the person the paragraph is about.
     */
    boolean metByReporter(SpeakerDocument d, Referent r) {
        int start = SpeakerSentences.sentenceStart(d, r.span().start());
        int k = d.tokenAt(r.span().start()) - 1;
        for (int n = 0; k >= 0 && n <= REPORTER_VERB_WORDS && Tokens.isWord(d.tokens.get(k)); n++, k--) {
            if (lexicon.is(PersonLexicon.Kind.REPORTER, d.lower(k), d.lang)) {
                int before = k - 1;
                return n > 0 && (d.tokens.get(k).span().start() <= start || before < 0 || !Tokens.isWord(d.tokens.get(before))
                        || pronouns.pronounIn(d.text, d.tokens, d.lowered, before, d.lang) == null
                        && d.referents.within(d.tokens.get(before).span().start(), d.tokens.get(before).span().end()).isEmpty());
            }
        }
        return false;
    }

    /**
     * Whether a named person before a possessive owns a thing or a group, not a person of their own ("Amira
     * Haddad's children started school": she is the paragraph's person; "Nurul's grandmother, Siti" is not
     * Nurul): no person or description starts right after the "'s" before {@code offset}.
     */
    private static boolean ownsThing(SpeakerDocument d, Referent r, int offset) {
        if (r.person() == null) {
            return false;
        }
        int after = r.span().end() + 2;
        while (after < d.text.length() && d.text.charAt(after) == ' ') {
            after++;
        }
        for (Referent n : d.referents.within(after, Math.min(offset, after + 1))) {
            return false;
        }
        int end = after;
        while (end < d.text.length() && Character.isLetter(d.text.charAt(end))) {
            end++;
        }
        return end > after && d.voiceOf(d.text.substring(after, end).toLowerCase(java.util.Locale.ROOT)) == Voice.UNKNOWN
                && !PossessedNames.apposed(d, after, offset);
    }

    /**
     * Whether a named person is the complement of the preposition that opens the paragraph and is followed
     * by a comma: the paragraph gives their view ("For Amira, that is exactly it.", "Pour Hadiza Oumarou,
     * sociologue, le programme reste fragile.").
     */
    private boolean viewHolder(SpeakerDocument d, int paragraphStart, Referent r) {
        int k = d.tokenAt(paragraphStart);
        int after = d.tokenAt(r.span().end());
        return r.person() != null && k + 1 < d.tokens.size() && d.tokens.get(k + 1).span().start() == r.span().start()
                && lexicon.is(PersonLexicon.Kind.PREP, d.lower(k), d.lang) && after < d.tokens.size()
                && Tokens.is(d.text, d.tokens.get(after), ",");
    }

    /** The person after the opening participle clause of the sentence at token {@code k} (any gender), or null. */
    Referent openedBy(SpeakerDocument d, int k, int offset) {
        return openers.afterOpener(d, k, offset, Gender.UNKNOWN);
    }

    /**
     * Whether a name at token {@code k} only modifies a noun after a determiner ("The Trump campaign", "the
     * Clinton Foundation"), as English writes it; such a name is not a subject.
     */
    boolean modifier(SpeakerDocument d, int k, Referent r) {
        return r.description() == null && "en".equals(d.lang) && k > 0
                && lexicon.is(PersonLexicon.Kind.DET, d.lower(k - 1), d.lang);
    }

    /**
     * Whether a person is the complement of a preposition ("Asked by Ashdown, Shafiq paused", "l'avocat de
     * Nadia"), not a subject; "Pour le chercheur X, …" and "For X, …" introduce a view and do not count.
     */
    boolean governed(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().start()) - 1;
        if (k >= 0 && d.paragraph(d.tokens.get(k).span().start()) != d.paragraph(r.span().start())) {
            return false; // "Des Marocains contre des Marocains" (an intertitle) then "Hamza E., 32 ans, …": a new paragraph
        }
        if (k > 0 && Tokens.is(d.text, d.tokens.get(k), ",")) { // "face à la présidente, Anne Verstraeten"
            int next = PostNominals.past(d, d.tokenAt(r.span().end())); // "Jonathan Pardoe KC told"
            if (r.person() != null && next < d.tokens.size() && Tokens.isWord(d.tokens.get(next))
                    && Character.isLowerCase(d.text.charAt(d.tokens.get(next).span().start()))) {
                return false; // "Dans une lettre adressée au juge, Najat écrit :": a verb after the name, its subject
            }
            int comma = d.tokens.get(k).span().start();
            List<Referent> before = d.referents.within(d.tokens.get(Math.max(0, k - APPOSED_TOKENS)).span().start(), comma);
            Referent head = before.isEmpty() ? null : before.get(before.size() - 1);
            if (head != null && head.person() == null && head.span().end() == comma) {
                return governed(d, head);
            }
            int h = k - 1; // "face à la présidente, Anne Verstraeten": a preposition, a determiner, a head noun
            if (!Tokens.isWord(d.tokens.get(h)) || !lexicon.is(PersonLexicon.Kind.HEAD, d.lower(h), d.lang)) {
                return false;
            }
            int p = h - 1; // past at most two lower-case words before the head ("à la présidente", "by his own barrister")
            for (int n = 0; n < 2 && p > 0 && Tokens.isWord(d.tokens.get(p)) && !Tokens.capitalised(d.text, d.tokens.get(p))
                    && !prepositionOf(d, d.lower(p)); n++) {
                p--;
            }
            return p >= 0 && Tokens.isWord(d.tokens.get(p)) && prepositionOf(d, d.lower(p));
        }
        if (k < 0 || !Tokens.isWord(d.tokens.get(k))) {
            return false;
        }
        return prepositionOf(d, d.lower(k)) || r.person() != null && titledComplement(d, k);
    }

    /**
     * Whether the capitalised title words ending at token {@code k} follow a preposition: the name after
     * them is its complement ("a spokesperson for Home Affairs Minister Claire Whitford said").
     */
    private boolean titledComplement(SpeakerDocument d, int k) {
        int t = k;
        int sentence = SpeakerSentences.sentenceStart(d, d.tokens.get(k).start());
        for (int n = 0; n < TITLE_WORDS && t > 0 && d.tokens.get(t).start() > sentence
                && (Tokens.is(d.text, d.tokens.get(t), ".")
                || Tokens.isWord(d.tokens.get(t)) && Tokens.capitalised(d.text, d.tokens.get(t))); n++) {
            t--;
        }
        String w = d.lower(t);
        boolean inTitle = !"de".equals(d.lang) && t > 0 && Tokens.isWord(d.tokens.get(t - 1)) && Tokens.capitalised(d.text, d.tokens.get(t - 1))
                && d.tokens.get(t - 1).span().end() + 1 == d.tokens.get(t).span().start(); // "Assistant Commissioner of Police X" (German capitalises every noun)
        return t < k && !inTitle && Tokens.isWord(d.tokens.get(t)) && !Tokens.capitalised(d.text, d.tokens.get(t))
                && !lexicon.is(PersonLexicon.Kind.AGENT, w, d.lang) && prepositionOf(d, w); // "assurée par Me X": the agent speaks
    }

    /** Whether a word makes the person after it its complement: an agent or a preposition that is no source. */
    private boolean prepositionOf(SpeakerDocument d, String w) {
        return lexicon.is(PersonLexicon.Kind.AGENT, w, d.lang) || complementPreposition(w, d.lang)
                || lexicon.is(PersonLexicon.Kind.PREP, w, d.lang) && cues.kind(w, d.lang) != SpeechCues.Kind.SOURCE
                && cues.kind(w, d.lang) != SpeechCues.Kind.WEAK;
    }

    /** The last (or first) referent that names a person, else the last (or first) description. */
    static Referent preferNamed(List<Referent> refs, boolean last) {
        Referent named = null;
        Referent any = null;
        for (Referent r : refs) {
            if (r.person() != null && (named == null || last)) {
                named = r;
            }
            if (any == null || last) {
                any = r;
            }
        }
        return named != null ? named : any;
    }
}
