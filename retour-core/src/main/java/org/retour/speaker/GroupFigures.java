package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Token;
import org.retour.model.Voice;
import org.retour.person.Gender;
import org.retour.person.PersonDescription;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * A figure of the group's own hierarchy whose words a former member tells: « L'émir nous disait : « Ce sont des
 * apostats » », « Un jour, mon émir m'a dit : “…” », "He came to me after prayer and said, ‘…’" (his commander), „Der
 * Emir sagte uns: ‚…‘“. The figure is the subject of the cue (its title, `title` or `rank` in
 * {@code group-figures.txt}, after a determiner or a possessive), or the person a third-person pronoun cue takes up
 * when the nearest person of the pronoun's gender before it is such a figure. Told inside someone's words (a nested
 * quote, or a paragraph of someone's own account in the first person), the words are the figure's: an unnamed
 * speaker with voice {@link Voice#OTHER}, not a person named before without that title, and the title is no role of
 * the narrator.
 *
 * <p>Reads a bounded number of tokens before each cue. Immutable and thread-safe.
 */
final class GroupFigures {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/group-figures.txt";
    /** How many words may stand between the figure's title and the verb of speech ("The emir of his unit told us"). */
    static final int BETWEEN = 4;
    /** How many words may stand between the title and a verb of speech a coordinator joins to its first verb. */
    static final int JOINED = 10;
    /** How many tokens before a pronoun cue the figure it takes up may stand. */
    static final int REACH = 60;

    /** What {@link #antecedent} finds when the nearest person before a pronoun is someone else than a figure. */
    private static final Referent SOMEONE_ELSE = new Referent(new Span(0, 0), null, null, Gender.UNKNOWN);
    private static final Set<String> KINDS = Set.of("title", "rank", "det", "prep", "subject", "he", "clitic", "self", "and");
    /** What parts a role's words: spaces and apostrophes (compiled once, not per role). */
    private static final java.util.regex.Pattern ROLE_WORD_BREAKS = java.util.regex.Pattern.compile("[\\s'’]+");
    private static final GroupFigures BUNDLED = new GroupFigures(ResourceLines.classpath(RESOURCE), PersonLexicon.bundled());

    /** The words of each kind, by language. */
    private final KindWords words;
    private final PersonLexicon lexicon;

    /** The figures read from lines {@code "lang kind word…"}; {@code lexicon} knows the heads of other persons' nouns. */
    GroupFigures(Iterable<String> lines, PersonLexicon lexicon) {
        this.words = KindWords.read(lines, KINDS, "group-figures");
        this.lexicon = java.util.Objects.requireNonNull(lexicon);
    }

    /** The figures of the bundled resource. */
    static GroupFigures bundled() {
        return BUNDLED;
    }

    private boolean is(String kind, String word, String lang) {
        return words.is(kind, word, lang);
    }

    /** Whether word token {@code k} is a figure's title (a rank too when {@code ranks}). */
    private boolean title(SpeakerDocument d, int k, boolean ranks) {
        String w = d.lower(k);
        return is("title", w, d.lang) || ranks && is("rank", w, d.lang);
    }

    /** Whether a description's role holds a figure's title (a rank too when {@code ranks}). */
    boolean titled(PersonDescription p, String lang, boolean ranks) {
        if (p == null || p.role() == null) {
            return false;
        }
        for (String w : ROLE_WORD_BREAKS.split(p.role().toLowerCase(java.util.Locale.ROOT))) {
            if (is("title", w, lang) || ranks && is("rank", w, lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figure whose title is word token {@code k}: the unnamed referent that opens with the determiner right before
     * it, else a description of the determiner and the title; null when no determiner stands right before it or a
     * preposition stands before the determiner (« à son émir », "to the emir": not the one who speaks).
     */
    private Referent phrase(SpeakerDocument d, int k) {
        int det = k - 1;
        if (det < 0 || !Tokens.isWord(d.tokens.get(det)) || !is("det", d.lower(det), d.lang)) {
            return null;
        }
        if (det > 0 && Tokens.isWord(d.tokens.get(det - 1)) && is("prep", d.lower(det - 1), d.lang)) {
            return null;
        }
        Token first = d.tokens.get(det);
        Token head = d.tokens.get(k);
        for (Referent r : d.referents.within(first.span().start(), d.text.length())) {
            if (r.span().start() > first.span().start()) {
                break;
            }
            if (r.person() == null && r.description() != null && r.span().end() >= head.span().end()) {
                return r; // the description the person stage found: « l'émir de sa katiba »
            }
        }
        Span span = new Span(first.span().start(), head.span().end());
        String text = span.of(d.text);
        boolean indefinite = is("det", d.lower(det), d.lang) && d.indefinite(d.lower(det));
        return new Referent(span, null, new PersonDescription(span, text, head.span().of(d.text).toLowerCase(
                java.util.Locale.ROOT), Gender.MALE, !indefinite), Gender.MALE);
    }

    /**
     * The figure that is the subject of the verb of speech at token {@code verb}: its title stands at most
     * {@link #BETWEEN} words before it, from token {@code from} on, with no punctuation and no subject pronoun between
     * (« L'émir nous disait », "The emir laughed and said", « Un émir saoudien m'a dit »), or {@link #JOINED} words before
     * when a coordinator joins the verb to the figure's first one ("My commander came to me after prayer and said");
     * else null.
     */
    Referent subject(SpeakerDocument d, int verb, int from, boolean ranks) {
        boolean joined = verb > from && is("and", d.lower(verb - 1), d.lang); // "came to me after prayer and said"
        for (int k = verb - 1; k >= Math.max(from, verb - 1 - (joined ? JOINED : BETWEEN)); k--) {
            if (!Tokens.isWord(d.tokens.get(k))) {
                return null;
            }
            if (title(d, k, ranks)) {
                return !joined || opensClause(d, k - 1, from) ? phrase(d, k) : null; // "I asked the emir and said": mine
            }
            if (is("subject", d.lower(k), d.lang)) {
                return null;
            }
        }
        return null;
    }

    /** Whether token {@code k} opens a clause from token {@code from} on: it is the first token or follows a comma. */
    private static boolean opensClause(SpeakerDocument d, int k, int from) {
        return k == from || k > from && Tokens.is(d.text, d.tokens.get(k - 1), ",");
    }

    /**
     * The figure at the head of the clause a colon closes before a nested quote, when no verb of speech introduces it
     * (« Le chef de la katiba est venu avec un papier : “…” »): a determiner and a title that open the clause, from token
     * {@code from}, or follow a comma in it, before token {@code colon}; null when a first-person subject comes after
     * it (« l'émir est venu et j'ai répondu : »).
     */
    Referent colonSubject(SpeakerDocument d, int from, int colon, boolean ranks) {
        for (int k = from + 1; k < colon; k++) {
            if (opensClause(d, k - 1, from) && Tokens.isWord(d.tokens.get(k)) && title(d, k, ranks)) {
                for (int j = k + 1; j < colon; j++) {
                    String w = d.lower(j);
                    if (is("subject", w, d.lang) && is("self", w, d.lang)) {
                        return null;
                    }
                }
                return phrase(d, k);
            }
        }
        return null;
    }

    /**
     * The figure a third-person singular pronoun at token {@code at} takes up: scanning back to token {@code from}, at
     * most {@link #REACH} tokens, the first person met of a male or unknown gender other than {@code outer} (the speaker
     * whose words these are) and the label of a transcript's turn, when it is a figure; {@link #SOMEONE_ELSE} when it is
     * someone else (a person named or described, or a noun of a person after a determiner: « mon frère »); null when
     * there is no one.
     */
    private Referent antecedent(SpeakerDocument d, int from, int at, Referent outer, boolean ranks) {
        if (at <= from) {
            return null;
        }
        int paragraph = d.paragraphStarts.get(d.paragraph(d.tokens.get(at).span().start()));
        List<Referent> refs = d.referents.within(d.tokens.get(from).span().start(), d.tokens.get(at).span().start());
        int r = refs.size() - 1;
        for (int k = at - 1; k >= Math.max(from, at - REACH); k--) {
            int start = d.tokens.get(k).span().start();
            while (r >= 0 && refs.get(r).span().start() > start) {
                r--;
            }
            Referent holding = r >= 0 && refs.get(r).span().end() > start ? refs.get(r) : null;
            if (holding != null && Tokens.isWord(d.tokens.get(k)) && holding.span().equals(d.tokens.get(k).span())
                    && (is("subject", d.lower(k), d.lang) || is("clitic", d.lower(k), d.lang))) {
                continue; // « Il », « le »: a pronoun, not the person it stands for
            }
            if (holding != null) {
                if (SpeakerDocument.same(holding, outer) || label(d, paragraph, holding)
                        || !holding.gender().compatible(Gender.MALE)) {
                    continue;
                }
                return holding.person() == null && titled(holding.description(), d.lang, ranks) ? holding : SOMEONE_ELSE;
            }
            if (!Tokens.isWord(d.tokens.get(k))) {
                continue;
            }
            if (title(d, k, ranks)) {
                Referent p = phrase(d, k);
                if (p != null) {
                    return p;
                }
            } else if (k > from && lexicon.head(d.lower(k), d.lang) != null && lexicon.head(d.lower(k), d.lang) != Gender.FEMALE
                    && (is("det", d.lower(k - 1), d.lang) || is("self", d.lower(k - 1), d.lang))) {
                return SOMEONE_ELSE; // « mon frère », "his cousin": someone else the pronoun may take up
            }
        }
        return null;
    }

    /**
     * The figure who speaks a nested quote opening at {@code open} inside the quote opening at {@code parentOpen}, whose
     * speaker is {@code outer}: the subject of the reporting cue right before it (« L'émir nous a dit : “…” »), the
     * figure its third-person pronoun takes up in the paragraph (« L'émir est venu avec une liste. Il nous a dit :
     * “…” »), or, with no verb of speech, the one at the head of the clause a colon closes (« Le chef de la katiba est
     * venu avec un papier : “…” »); null when none is. A rank counts unless {@code outer} is an official.
     */
    Referent nested(SpeakerDocument d, CueFinder finder, int open, int parentOpen, Referent outer) {
        String outerRole = outer == null ? null : outer.person() != null ? outer.person().role()
                : outer.description() != null ? outer.description().role() : null;
        boolean ranks = d.voiceOf(outerRole) != Voice.OFFICIAL;
        int from = d.tokenAt(Math.max(SpeakerSentences.sentenceStart(d, open), parentOpen + 1));
        int paragraph = d.tokenAt(d.paragraphStarts.get(d.paragraph(open)));
        CueMatch cue = finder.reportingCue(d, open);
        if (cue != null) {
            Referent r = told(d, cue, from, paragraph, outer, ranks);
            return r == SOMEONE_ELSE ? null : r;
        }
        int colon = QuoteOffsets.colonBefore(d.text, open);
        return colon >= 0 ? colonSubject(d, from, d.tokenAt(colon), ranks) : null;
    }

    /**
     * The figure who speaks the quote a verb cue {@code cue} introduces before it in a paragraph of someone's own account
     * in the first person (an interview's answer, a transcript's turn: « L'émir nous disait : « … » », "The emir would
     * say, “…”"), with no quote before the cue in the paragraph (from {@code prevEnd}): its subject, the figure its
     * third-person pronoun takes up there, not the narrator {@code narrator}, or the {@code speaker} found for it when that
     * is a figure; else null.
     */
    Referent account(SpeakerDocument d, CueMatch cue, int prevEnd, Referent speaker, Referent narrator) {
        if (cue == null || cue.source()) {
            return null;
        }
        int at = cue.span().start();
        int paragraphStart = d.paragraphStarts.get(d.paragraph(at));
        int paragraph = d.tokenAt(paragraphStart);
        if (prevEnd > paragraphStart || !firstPerson(d, paragraph, cue.first())) {
            return null;
        }
        int from = d.tokenAt(Math.max(SpeakerSentences.sentenceStart(d, at), paragraphStart));
        Referent r = told(d, cue, from, paragraph, narrator, true);
        if (r == null && speaker != null && speaker.person() == null && titled(speaker.description(), d.lang, true)) {
            return speaker; // "his commander" a paragraph before: the one the cue's pronoun already takes up
        }
        return r == SOMEONE_ELSE ? null : r;
    }

    /**
     * The figure a verb cue names: its subject from token {@code from} on, or the one its third-person masculine pronoun
     * takes up from token {@code paragraph} on, not {@code outer}; {@link #SOMEONE_ELSE} when that pronoun takes up
     * someone else; else null.
     */
    private Referent told(SpeakerDocument d, CueMatch cue, int from, int paragraph, Referent outer, boolean ranks) {
        if (cue.source()) {
            return null;
        }
        if (cue.pronoun() != null) {
            org.retour.person.Pronoun p = cue.pronoun().pronoun();
            return !p.plural() && p.gender() != Gender.FEMALE ? antecedent(d, paragraph, cue.first(), outer, ranks) : null;
        }
        Referent s = subject(d, cue.first(), from, ranks);
        if (s != null) {
            return s;
        }
        return pronounBefore(d, cue.first(), from) ? antecedent(d, paragraph, cue.first(), outer, ranks) : null;
    }

    /** Whether a first-person word stands among the word tokens from {@code from} to before {@code at}. */
    boolean firstPerson(SpeakerDocument d, int from, int at) {
        for (int k = from; k < at; k++) {
            if (Tokens.isWord(d.tokens.get(k)) && is("self", d.lower(k), d.lang)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a third-person masculine singular subject pronoun ({@code he}) stands right before the verb at token
     * {@code verb}, object pronouns between (« Il m'a dit »).
     */
    boolean pronounBefore(SpeakerDocument d, int verb, int from) {
        for (int k = verb - 1; k >= Math.max(from, verb - 3) && Tokens.isWord(d.tokens.get(k)); k--) {
            String w = d.lower(k);
            if (is("he", w, d.lang)) {
                return true;
            }
            if (!is("clitic", w, d.lang)) {
                return false;
            }
        }
        return false;
    }

    /** Whether a referent opens its paragraph before a colon: the speaker of a transcript's turn (« Bilal H. : … »). */
    private static boolean label(SpeakerDocument d, int paragraph, Referent r) {
        if (!QuoteOffsets.blank(d.text, paragraph, r.span().start())) {
            return false;
        }
        int i = r.span().end();
        while (i < d.text.length() && (d.text.charAt(i) == ' ' || d.text.charAt(i) == ',')) {
            i++;
        }
        return i < d.text.length() && (d.text.charAt(i) == ':' || d.text.charAt(i) == '(');
    }

    /**
     * The quotes whose unnamed speaker's description is among {@code figures}, with the voice {@link Voice#OTHER}: a figure
     * of the group speaks as one of its cadres, whatever their words tell of life inside it.
     */
    static List<Quote> voiced(List<Quote> quotes, Set<String> figures) {
        if (figures.isEmpty()) {
            return quotes;
        }
        List<Quote> out = new java.util.ArrayList<>(quotes);
        for (int i = 0; i < out.size(); i++) {
            Quote q = out.get(i);
            Speaker s = q.attribution().speaker();
            if (s != null && s.entity() == null && s.description() != null && figures.contains(s.description())
                    && s.voice() != Voice.OTHER) {
                Speaker other = new Speaker(null, null, s.description(), s.role(), Voice.OTHER);
                Attribution a = switch (q.attribution()) {
                    case Attribution.Cued c -> new Attribution.Cued(other, c.cue());
                    case Attribution.Contextual c -> new Attribution.Contextual(other);
                    case Attribution.Unattributed u -> u;
                };
                out.set(i, q.withAttribution(a));
            }
        }
        return out;
    }
}
