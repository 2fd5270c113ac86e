package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.retour.model.Quote;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The words of a question-and-answer exchange, read from {@code org/retour/speaker/exchanges.txt}: verbs
 * of answering ("répond-il", "he replied", "antwortete er"), verbs of asking someone ("l'interroge", "asked
 * him"), words that address the one asked ("vous", "you") and prepositions that turn words to someone ("vers",
 * "to"). In a court hearing or an interview, the
 * answer belongs to the one who was asked, not to the asker.
 *
 * <p>Immutable and thread-safe.
 */
final class Exchanges {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/exchanges.txt";

    /** What a word of the resource is. */
    enum Kind { REPLY, ASK, TELL, YOU, SELF, TO, FLOOR }

    /** The kinds, read once ({@code values()} copies its array at each call). */
    private static final Kind[] KINDS = Kind.values();

    /** How many words before a preposition a noun of the turn to speak gives the floor to its complement. */
    private static final int FLOOR_WORDS = 3;

    private final Map<String, Map<String, Kind>> byLanguage;

    /** A filter of the words of every language: the words of a cue are looked up quote after quote, nearly none of them here. */
    private final WordFilter filter;

    Exchanges(List<String> lines) {
        Map<String, Map<String, Kind>> m = ResourceLines.kindsByLanguage(lines, Kind.class, "exchanges", false);
        this.byLanguage = m;
        java.util.Set<String> all = new java.util.HashSet<>();
        m.values().forEach(w -> all.addAll(w.keySet()));
        this.filter = new WordFilter(all);
    }

    /** The bundled words, read once (immutable, so shared). */
    static Exchanges bundled() {
        return Bundled.WORDS;
    }

    /** Holds the bundled words, read on first use. */
    private static final class Bundled {
        static final Exchanges WORDS = new Exchanges(ResourceLines.classpath(RESOURCE));
    }

    /**
     * What word token {@code k} of {@code d} is, or null: {@code kind(d.lower(k), d.lang)}, looked up once per token
     * and document.
     *
     * <p>Design decision: the rules ask about the same tokens quote after quote (a cue's verb is asked whether it
     * answers or asks three or four times, and the search for the asker goes back over the paragraph for each quote in
     * it), so each answer is kept in a byte per token, for the words of one {@code Exchanges} at a time.
     */
    Kind kindAt(SpeakerDocument d, int k) {
        byte[] kinds = d.exchangeKinds;
        if (kinds == null || d.exchangeKindsOf != this) {
            kinds = new byte[d.tokens.size()];
            d.exchangeKinds = kinds;
            d.exchangeKindsOf = this;
        }
        int code = kinds[k];
        if (code == 0) {
            code = kinds[k] = KindCodes.encode(kind(d.lower(k), d.lang), KINDS);
        }
        return KindCodes.decode(code, KINDS);
    }

    /**
     * What the lower-cased word is in {@code lang}; French inverted forms by their verb (répond-il) or, for the
     * one addressed, by their pronoun (avez-vous, as-tu).
     */
    Kind kind(String word, String lang) {
        Map<String, Kind> m = byLanguage.get(lang);
        if (m == null) {
            return null;
        }
        Kind k = filter.mayHave(word) ? m.get(word) : null;
        int dash = word.indexOf('-');
        if (k != null || dash <= 0) {
            return k;
        }
        k = m.get(word.substring(0, dash));
        if (k == null && m.get(word.substring(word.lastIndexOf('-') + 1)) == Kind.YOU) {
            return Kind.YOU;
        }
        return k;
    }

    /** Whether a token of the cue is a verb of answering. */
    boolean replies(SpeakerDocument d, CueMatch cue) {
        return is(d, cue, Kind.REPLY);
    }

    /** Whether a token of the cue is a verb of asking someone. */
    boolean asks(SpeakerDocument d, CueMatch cue) {
        return is(d, cue, Kind.ASK);
    }

    private boolean is(SpeakerDocument d, CueMatch cue, Kind kind) {
        for (int k = cue.first(); k <= cue.last(); k++) {
            if (kindAt(d, k) == kind && (kind != Kind.ASK || !self(d, k - 1) && !selfAfter(d, k + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a reflexive pronoun: "s'interroge", "fragte sich" ask no one else. */
    private boolean self(SpeakerDocument d, int k) {
        return k >= 0 && k < d.tokens.size() && kindAt(d, k) == Kind.SELF;
    }

    /**
     * Whether token {@code k}, right after a verb of asking, is a reflexive pronoun ("fragte sich", "asked
     * himself"): an elided one there is the elided "si" of an indirect question (« lui demande s'il avait le
     * choix »), for the elided reflexive stands before its verb.
     */
    private boolean selfAfter(SpeakerDocument d, int k) {
        return self(d, k) && !ELIDED.matcher(d.lower(k)).find();
    }

    /** The end of an elided word: an apostrophe. */
    private static final java.util.regex.Pattern ELIDED = java.util.regex.Pattern.compile("['\u2019]$");

    /**
     * The index of the last verb of asking among tokens {@code from} to {@code to} (exclusive), or of telling someone
     * something, which a reply answers too ("Judge X told Y he had lied. “I know,” he replied"); or -1.
     */
    int ask(SpeakerDocument d, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            Kind kind = Tokens.isWord(d.tokens.get(k)) ? kindAt(d, k) : null;
            if ((kind == Kind.ASK || kind == Kind.TELL) && !self(d, k - 1)
                    && !selfAfter(d, k + 1)) {
                return k;
            }
        }
        return -1;
    }

    /** Whether a quote's words end with a question mark. */
    static boolean question(Quote q) {
        String t = q.text().strip();
        return !t.isEmpty() && (t.charAt(t.length() - 1) == '?' || t.charAt(t.length() - 1) == '\u061F');
    }

    /**
     * Whether a quote asks someone a question: it ends with a question mark and addresses the one asked
     * ("vous les avez vues ?") or a verb of asking follows it ("», l'interroge la magistrate").
     */
    boolean asks(SpeakerDocument d, Quote q, int afterFirst, int afterLast) {
        if (!question(q)) {
            return false;
        }
        int first = d.tokenAt(q.span().start());
        int last = d.tokenAt(q.span().end());
        return addresses(d, first, last) || ask(d, afterFirst, afterLast) >= 0;
    }

    /**
     * The one who asked the question a reply cue answers, or null: the speaker of the last quote when it
     * asked someone, else the subject of the last sentence with a verb of asking in the quote's paragraph,
     * or in the paragraph before when the quote opens its own ("Le président l'interroge sur le quotidien.
     * « … », répond-il").
     */
    Referent asker(SpeakerDocument d, int open, BiFunction<Integer, Integer, Referent> subject) {
        int paragraph = d.paragraph(open);
        if (d.asked && d.lastSpeaker != null && paragraph - d.lastParagraph <= 1) {
            return d.lastSpeaker;
        }
        int from = askingFrom(d, paragraph, open);
        int k = ask(d, d.tokenAt(from), d.tokenAt(open));
        if (k < 0) {
            return null;
        }
        int at = d.tokens.get(k).span().start();
        return subject.apply(Math.max(from, SpeakerSentences.sentenceStart(d, at)), at);
    }

    /**
     * Where a question before the quote at {@code open} is looked for: its paragraph, or the paragraph before
     * when the quote opens its own.
     */
    private static int askingFrom(SpeakerDocument d, int paragraph, int open) {
        int from = d.paragraphStarts.get(paragraph);
        return paragraph > 0 && QuoteOffsets.blank(d.text, from, open) ? d.paragraphStarts.get(paragraph - 1) : from;
    }

    /**
     * The person a question was put to, named after the last verb of asking before a reply cue in its
     * sentence ("a demandé le président à Amine R.", "Judge Ward asked Mirza why"), who is not the asker and
     * whose gender fits the reply's pronoun; else null. A reply whose pronoun finds no one else is theirs.
     */
    Referent addressee(SpeakerDocument d, int open, Referent asker, org.retour.person.Gender gender) {
        int k = ask(d, d.tokenAt(askingFrom(d, d.paragraph(open), open)), d.tokenAt(open));
        if (k < 0) {
            return null;
        }
        int after = d.tokens.get(k).span().end();
        int end = Math.min(open, SpeakerSentences.sentenceEnd(d, after));
        for (Referent r : d.referents.within(after, end)) {
            if (r.person() != null && !SpeakerDocument.same(r, asker) && r.gender().compatible(gender)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether a person is the complement of a preposition that turns words to them ("se tournant vers son ancien
     * ami", "turning to the judge"): the one addressed, not the one who speaks; not when a noun of the turn to
     * speak comes just before the preposition (« Le dernier mot revient au prévenu »).
     */
    boolean addressed(SpeakerDocument d, Referent r) {
        int k = d.tokenAt(r.span().start()) - 1;
        if (k < 0 || !Tokens.isWord(d.tokens.get(k)) || kindAt(d, k) != Kind.TO) {
            return false;
        }
        for (int j = k - 1; j >= Math.max(0, k - FLOOR_WORDS) && Tokens.isWord(d.tokens.get(j)); j--) {
            if (kindAt(d, j) == Kind.FLOOR) {
                return false; // "Le dernier mot revient au prévenu :": the floor is given to them
            }
        }
        return true;
    }

    /** Whether any token from {@code from} to {@code to} (exclusive) addresses the one asked. */
    boolean addresses(SpeakerDocument d, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Tokens.isWord(d.tokens.get(k)) && kindAt(d, k) == Kind.YOU) {
                return true;
            }
        }
        return false;
    }
}
