package org.retour.speaker;

import static org.retour.speaker.QuoteOffsets.lastNonBlankBefore;
import static org.retour.speaker.SpeakerSentences.sentenceEnd;
import static org.retour.speaker.SpeakerSentences.sentenceStart;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The turns of a dialogue written in one pair of marks, each opened by a dash (« — Vous aviez peur ? — Tout le
 * temps. », or one turn a line), given in turn to the two parties the clause before the dialogue names (« Ilyes
 * répond à la journaliste Margaux Lenoir : », « Leïla nous demande », « une main se lève ») with the words of
 * {@code org/retour/speaker/dialogue-turns.txt}: the first turn to the one who asks when it is a question, then to
 * each party by turns. With fewer than two parties found, the turns keep what the other rules gave them.
 *
 * <p>Each turn reads a bounded window before its dialogue and a bounded number of turns and quotes before it:
 * linear in the text. Immutable and thread-safe.
 */
final class DialogueTurns {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/dialogue-turns.txt";

    /** What a word of the resource is. */
    enum Kind { REPORTER, BY, WITH, EXCHANGE, ASKER, INTERROGATIVE, DETERMINER }

    /** How many characters before the dialogue its introduction is read in. */
    private static final int INTRO = 500;
    /** How many characters before the dialogue its other party is looked for. */
    private static final int REACH = 1500;
    /** The most turns a dialogue is followed back over. */
    private static final int MAX_TURNS = 40;
    /** The most earlier quotes read for the dialogue's other party. */
    private static final int EARLIER_QUOTES = 8;
    /** How many characters before its first turn the marks that open a dialogue may take. */
    private static final int OPENING = 8;
    /** How many tokens after a noun of exchange its preposition "with" may stand. */
    private static final int WITH_TOKENS = 3;

    /**
     * One party of a dialogue.
     *
     * @param who     the person or description of the text, or null
     * @param unnamed the speaker the text does not mention as a person (the reporter, a hand raised), or null
     */
    record Party(Referent who, Speaker unnamed) {

        Speaker speaker(SpeakerDocument d) {
            return who != null ? d.speaker(who) : unnamed;
        }
    }

    /**
     * The two parties of a dialogue.
     *
     * @param asker     the one who asks
     * @param asked     the one who answers
     * @param putBefore whether the introduction already puts a question (« Le juge lui demande pourquoi : »)
     */
    record Parties(Party asker, Party asked, boolean putBefore) {
    }

    private final Map<String, Map<String, Kind>> byLanguage;
    private final Exchanges exchanges;
    private final PronounSpeakers pronounSpeakers;
    private final DefiniteReferents definite;

    DialogueTurns(List<String> lines, Exchanges exchanges, PronounSpeakers pronounSpeakers, DefiniteReferents definite) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "dialogue-turns", false);
        this.exchanges = Objects.requireNonNull(exchanges);
        this.pronounSpeakers = Objects.requireNonNull(pronounSpeakers);
        this.definite = Objects.requireNonNull(definite);
    }

    /** The pass with the bundled words. */
    static DialogueTurns bundled(Exchanges exchanges, PronounSpeakers pronounSpeakers, DefiniteReferents definite) {
        return new DialogueTurns(ResourceLines.classpath(RESOURCE), exchanges, pronounSpeakers, definite);
    }

    /**
     * The top-level quote {@code t} of {@code top} as resolved, or, when it is a turn of a dialogue in one pair of
     * marks whose two parties are found, given to the party whose turn it is; {@code spoken} gives the speaker
     * found for each earlier quote by its id. The document's record of the last speaker follows the turn.
     */
    Quote turn(SpeakerDocument d, List<Quote> top, int t, Quote resolved, Function<String, Referent> spoken) {
        String text = d.text;
        int first = t;
        while (first > 0 && dashed(text, top.get(first)) && joined(text, top.get(first - 1), top.get(first))) {
            if (t - first >= MAX_TURNS) {
                return resolved;
            }
            first--;
        }
        if (first == t && !(t + 1 < top.size() && dashed(text, top.get(t + 1)) && joined(text, top.get(t), top.get(t + 1)))) {
            return resolved;
        }
        Referent own = d.lastResolved;
        Parties p = parties(d, top, first, id -> id.equals(top.get(t).id()) ? own : spoken.apply(id));
        if (p == null) {
            return resolved;
        }
        boolean firstAsks = asks(d, top.get(first)) || !p.putBefore();
        boolean askerTurn = ((t - first) % 2 == 0) == firstAsks;
        Party who = askerTurn ? p.asker() : p.asked();
        Party other = askerTurn ? p.asked() : p.asker();
        Quote q = top.get(t);
        d.lastResolved = who.who();
        Referent current = who.who() != null ? who.who() : other.who();
        if (current != null) {
            d.otherSpeaker = who.who() != null ? other.who() : d.otherSpeaker;
            d.lastSpeaker = current;
            d.lastParagraph = d.paragraph(q.span().start());
            d.lastEnd = q.span().end();
        }
        d.asked = askerTurn && Exchanges.question(q);
        d.answered = !askerTurn;
        return new Quote(q.id(), q.span(), q.text(), false, q.parent(), q.language(),
                new Attribution.Contextual(who.speaker(d)));
    }

    /** Whether a quote is a turn opened by a dash. */
    private static boolean dashed(String text, Quote q) {
        int i = q.span().start() - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '\n') {
            i--;
        }
        return i >= 0 && ClauseMarks.dash(text.charAt(i));
    }

    /** Whether only white space and the dash opening {@code next} stand between two quotes. */
    private static boolean joined(String text, Quote previous, Quote next) {
        int from = previous.span().end();
        int to = next.span().start();
        if (from > to) {
            return false;
        }
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (ClauseMarks.dash(c) && !dash) {
                dash = true;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return dash;
    }

    /** Whether a turn asks: it ends with a question mark or opens with an interrogative word. */
    private boolean asks(SpeakerDocument d, Quote q) {
        if (Exchanges.question(q)) {
            return true;
        }
        int k = d.tokenAt(q.span().start());
        while (k < d.tokens.size() && !Tokens.isWord(d.tokens.get(k)) && d.tokens.get(k).span().start() < q.span().end()) {
            k++;
        }
        return k < d.tokens.size() && d.tokens.get(k).span().start() < q.span().end()
                && kind(d, k) == Kind.INTERROGATIVE;
    }

    private Kind kind(SpeakerDocument d, int k) {
        Map<String, Kind> m = byLanguage.get(d.lang);
        return m == null || k < 0 || k >= d.tokens.size() ? null : m.get(d.lower(k));
    }

    /**
     * The parties of the dialogue whose first turn is {@code top.get(first)}, read in its introduction: the sentence
     * before it and the one before that, in their paragraph; null when fewer than two are found.
     */
    private Parties parties(SpeakerDocument d, List<Quote> top, int first, Function<String, Referent> spoken) {
        String text = d.text;
        Quote q0 = top.get(first);
        int open = q0.span().start();
        int last = lastNonBlankBefore(text, open);
        while (last >= 0 && last >= open - OPENING && (text.charAt(last) == '«' || text.charAt(last) == '—'
                || text.charAt(last) == '–' || Character.isWhitespace(text.charAt(last)))) {
            last--; // « — Vous …: the marks that open the dialogue are no part of its introduction
        }
        if (last < 0) {
            return null;
        }
        int paragraphStart = d.paragraphStarts.get(d.paragraph(last));
        int own = sentenceStart(d, last);
        int before = own > paragraphStart ? lastNonBlankBefore(text, own) : -1;
        int from = Math.max(Math.max(paragraphStart, open - INTRO), before >= 0 ? sentenceStart(d, before) : own);
        int end = Math.min(open, last + 1);
        Parties p = byVerb(d, top, first, spoken, from, end);
        if (p == null) {
            p = byExchange(d, top, first, spoken, from, end);
        }
        if (p == null) {
            p = byUnnamedAsker(d, top, first, spoken, from, end);
        }
        if (p == null && asks(d, q0)) { // "Le président ouvre le dossier. « Vous teniez des registres ? »"
            Referent r = named(d, spoken.apply(q0.id()));
            if (r != null && r.person() != null && mentioned(d, r, from, open)) {
                Referent other = otherParty(d, top, first, spoken, r);
                p = other == null ? null : new Parties(new Party(r, null), new Party(other, null), false);
            }
        }
        return p;
    }

    /**
     * The parties a verb of answering or asking names: « X répond à Y », « X nous demande », « interrogé par X ».
     */
    private Parties byVerb(SpeakerDocument d, List<Quote> top, int first, Function<String, Referent> spoken, int from,
                           int end) {
        int k = d.tokenAt(end) - 1;
        int lo = d.tokenAt(from);
        Exchanges.Kind verb = null;
        for (; k >= lo; k--) {
            if (Tokens.isWord(d.tokens.get(k))) {
                Exchanges.Kind e = exchanges.kind(d.lower(k), d.lang);
                if ((e == Exchanges.Kind.REPLY || e == Exchanges.Kind.ASK && !self(d, k - 1) && !self(d, k + 1))
                        && kind(d, k - 1) != Kind.DETERMINER) { // "sa demande d'asile", "the questions": nouns
                    verb = e;
                    break;
                }
            }
        }
        if (verb == null) {
            return null;
        }
        int at = d.tokens.get(k).span().start();
        int after = d.tokens.get(k).span().end();
        int sStart = Math.max(from, sentenceStart(d, at));
        int sEnd = Math.min(end, sentenceEnd(d, after));
        Referent subject = named(d, pronounSpeakers.subject(d, sStart, at));
        if (subject == null) {
            subject = lastBefore(d, sStart, at);
        }
        boolean passive = verb == Exchanges.Kind.ASK && kind(d, k + 1) == Kind.BY; // "interrogé par le juge"
        Referent object = firstAfter(d, passive ? d.tokens.get(k + 1).span().end() : after, sEnd);
        Party reporter = kind(d, k - 1) == Kind.REPORTER || kind(d, k + 1) == Kind.REPORTER ? reporter(d) : null;
        Party sub = subject == null ? null : new Party(subject, null);
        Party obj = object != null ? new Party(object, null) : passive ? null : reporter;
        Party asker = verb == Exchanges.Kind.REPLY || passive ? obj : sub;
        Party asked = verb == Exchanges.Kind.REPLY || passive ? sub : obj;
        if (asker == null && asked == null || asker != null && asked != null && asker.who() != null
                && SpeakerDocument.same(asker.who(), asked.who())) {
            return null;
        }
        if (asker == null || asked == null) {
            Referent known = asker != null ? asker.who() : asked.who();
            Referent other = otherParty(d, top, first, spoken, known);
            if (other == null) {
                return null;
            }
            asker = asker != null ? asker : new Party(other, null);
            asked = asked != null ? asked : new Party(other, null);
        }
        return new Parties(asker, asked, verb == Exchanges.Kind.ASK);
    }

    /** The parties a noun of exchange names (« l'échange avec le président : »): an official or journalist asks. */
    private Parties byExchange(SpeakerDocument d, List<Quote> top, int first, Function<String, Referent> spoken,
                               int from, int end) {
        int lo = d.tokenAt(from);
        for (int k = d.tokenAt(end) - 1; k >= lo; k--) {
            if (kind(d, k) != Kind.EXCHANGE) {
                continue;
            }
            for (int j = k + 1; j <= k + WITH_TOKENS && j < d.tokens.size(); j++) {
                if (kind(d, j) != Kind.WITH) {
                    continue;
                }
                Referent x = firstAfter(d, d.tokens.get(j).span().end(), end);
                if (x == null || x.span().start() > d.tokens.get(Math.min(j + 1, d.tokens.size() - 1)).span().end()
                        + 24) {
                    return null;
                }
                Voice v = d.speaker(x).voice();
                Referent other = v == Voice.OFFICIAL || v == Voice.JOURNALIST ? otherParty(d, top, first, spoken, x) : null;
                return other == null ? null : new Parties(new Party(x, null), new Party(other, null), false);
            }
        }
        return null;
    }

    /**
     * The parties when an unnamed asker opens the dialogue's sentence (« Dans la salle, une main se lève. », "Someone
     * asks:"): that asker, and the person the paragraphs before name.
     */
    private Parties byUnnamedAsker(SpeakerDocument d, List<Quote> top, int first, Function<String, Referent> spoken,
                                   int from, int end) {
        int lo = d.tokenAt(from);
        for (int k = lo; k < d.tokenAt(end); k++) {
            if (kind(d, k) != Kind.ASKER) {
                continue;
            }
            boolean alone = k == lo || !Tokens.isWord(d.tokens.get(k - 1)) || !d.indefinite(d.lower(k - 1));
            String words = alone ? d.tokens.get(k).span().of(d.text)
                    : d.text.substring(d.tokens.get(k - 1).span().start(), d.tokens.get(k).span().end());
            if (alone && d.lower(k).length() < 6 || !d.referents.within(d.tokens.get(lo).span().start(), end).isEmpty()) {
                return null; // "il baisse la voix": a voice of someone the text names
            }
            Referent other = otherParty(d, top, first, spoken, null);
            return other == null ? null : new Parties(new Party(null, new Speaker(null, null, words, null, Voice.OTHER)),
                    new Party(other, null), false);
        }
        return null;
    }

    /** The unnamed reporter who asks or is asked (« Leïla nous demande », "she asked us"). */
    private static Party reporter(SpeakerDocument d) {
        return new Party(null, new Speaker(null, null, "fr".equals(d.lang) ? "le journaliste" : "the reporter", null,
                Voice.JOURNALIST));
    }

    /**
     * The other party of a dialogue one of whose parties is {@code known}: the last named speaker of the quotes before
     * it who is someone else, else the last person named before it, within {@link #REACH}; or null.
     */
    private Referent otherParty(SpeakerDocument d, List<Quote> top, int first, Function<String, Referent> spoken,
                                Referent known) {
        int open = top.get(first).span().start();
        for (int j = first - 1; j >= Math.max(0, first - EARLIER_QUOTES); j--) {
            if (top.get(j).span().end() < open - REACH) {
                break;
            }
            Referent r = named(d, spoken.apply(top.get(j).id()));
            if (r != null && r.person() != null && !SpeakerDocument.same(r, known)) {
                return r;
            }
        }
        List<Referent> before = d.referents.within(Math.max(0, open - REACH), open);
        for (int i = before.size() - 1; i >= 0; i--) {
            Referent r = named(d, before.get(i));
            if (r != null && r.person() != null && !SpeakerDocument.same(r, known) && !insideQuote(top, first, r)) {
                return r;
            }
        }
        return null;
    }

    /** Whether a mention lies inside one of the last quotes before the dialogue. */
    private static boolean insideQuote(List<Quote> top, int first, Referent r) {
        for (int j = first - 1; j >= Math.max(0, first - EARLIER_QUOTES); j--) {
            if (top.get(j).span().start() <= r.span().start() && r.span().end() <= top.get(j).span().end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the person {@code r} stands for is mentioned in {@code [from, to)}. */
    private boolean mentioned(SpeakerDocument d, Referent r, int from, int to) {
        for (Referent m : d.referents.within(from, to)) {
            if (SpeakerDocument.same(named(d, m), r)) {
                return true;
            }
        }
        return false;
    }

    /** The last person or description mentioned in {@code [from, to)}, as named, or null. */
    private Referent lastBefore(SpeakerDocument d, int from, int to) {
        List<Referent> in = d.referents.within(from, to);
        return in.isEmpty() ? null : named(d, in.get(in.size() - 1));
    }

    /** The first person or description mentioned in {@code [from, to)}, as named, or null. */
    private Referent firstAfter(SpeakerDocument d, int from, int to) {
        List<Referent> in = d.referents.within(from, to);
        return in.isEmpty() ? null : named(d, in.get(0));
    }

    private Referent named(SpeakerDocument d, Referent r) {
        return r == null ? null : definite.named(d, r);
    }

    /** Whether token {@code k} is a reflexive pronoun: « s'interroge » asks no one else. */
    private boolean self(SpeakerDocument d, int k) {
        return k >= 0 && k < d.tokens.size() && exchanges.kind(d.lower(k), d.lang) == Exchanges.Kind.SELF;
    }
}
