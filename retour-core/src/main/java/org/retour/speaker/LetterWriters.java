package org.retour.speaker;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.model.Voice;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * Finds the writer of a letter or message that someone else reads out or passes on: a quote that
 * addresses a parent ("Maman, je veux rentrer", "Mum, I made a mistake") or that a verb of reading
 * introduces ("Elle lit la lettre à voix haute. « … »", "Der Vater liest einen Brief vor: „…“") holds the writer's
 * words, not the reader's. The writer is the person the text makes someone's child or sibling ("son fils
 * cadet, Malik", "His son, Tom"), else the nearest person before the quote who is neither the reader
 * nor an official, researcher, journalist or practitioner. Words come from
 * {@code org/retour/speaker/letters.txt}.
 *
 * <p>Design decision: in news about fighters, a letter home is the fighter's; the writer therefore
 * speaks as a former fighter ({@link Voice#DEFECTOR}, made a returnee by the context of a return).
 *
 * <p>Immutable and thread-safe.
 */
final class LetterWriters {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/letters.txt";
    /** How many paragraphs before the quote the nearest person may stand in. */
    static final int PARAGRAPHS_BACK = 2;
    /** How many words after a participle of reading its agent may stand ("read to the court by"). */
    static final int AGENT_TOKENS = 6;
    /** How many words after a verb of reading the document it reads may be named ("reading out his ruling"). */
    static final int OWN_WORDS = 3;
    /** Voices that never write the letter: those who report on it. */
    static final Set<Voice> READERS = EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER, Voice.JOURNALIST,
            Voice.ORGANISATION, Voice.OTHER, Voice.RELATIVE);

    /** What a word of the resource says. */
    enum Kind { VOCATIVE, READ, CHILD, WRITE, DOCUMENT, AGENT, OWN, MINE, SELF, INDEFINITE, DET }

    private final Map<String, Map<String, Kind>> byLanguage;
    /** The filter of the words of every language. */
    private final WordFilter filter;

    LetterWriters(List<String> lines) {
        Map<String, Map<String, Kind>> m = ResourceLines.kindsByLanguage(lines, Kind.class, "letters", true);
        this.byLanguage = m;
        Set<String> all = new java.util.HashSet<>();
        m.values().forEach(w -> all.addAll(w.keySet()));
        this.filter = new WordFilter(all);
    }

    /** The bundled words. */
    static LetterWriters bundled() {
        return new LetterWriters(ResourceLines.classpath(RESOURCE));
    }

    private static final Kind[] KINDS = Kind.values();

    /**
     * What word token {@code k} of {@code d} is, or null: {@code kind(d.lower(k), d.lang)}, looked up once
     * per token and document, since the windows of neighbouring quotes overlap.
     */
    Kind kindAt(SpeakerDocument d, int k) {
        byte[] kinds = d.letterKinds;
        if (kinds == null) {
            kinds = new byte[d.tokens.size()];
            d.letterKinds = kinds;
        }
        int code = kinds[k];
        if (code == 0) {
            Kind kind = kind(d.lower(k), d.lang);
            code = kind == null ? KINDS.length + 1 : kind.ordinal() + 1;
            kinds[k] = (byte) code;
        }
        return code > KINDS.length ? null : KINDS[code - 1];
    }

    Kind kind(String lowered, String lang) {
        if (lowered == null || !filter.mayHave(lowered)) {
            return null;
        }
        Map<String, Kind> m = byLanguage.get(lang);
        return m == null ? null : m.get(lowered);
    }

    /**
     * The writer of a top-level quote that addresses a parent or that a verb of reading introduces, noted
     * as a writer in {@code d}; else null.
     *
     * @param at the quote's opening mark, the end of the quote before it, its closing mark, the end of the
     *           words read after it
     */
    Referent writerOf(SpeakerDocument d, Quote q, int[] at, boolean cuedAfter, Referent reader,
                      UnaryOperator<Referent> named, java.util.function.IntFunction<Referent> authorAt) {
        boolean vocative = addressesParent(d, q.span().start(), q.span().end());
        if (!vocative && !read(d, at[0], at[1], at[2], at[3], cuedAfter)) {
            return null;
        }
        int writing = writingBefore(d, at[0], at[1]);
        Referent author = writing < 0 ? null : authorAt.apply(writing);
        author = author == null ? null : named.apply(author);
        if (author != null && (LetterKin.same(author, reader) || reader != null && author.person() != null
                && author.person() == reader.person())) {
            if (!vocative) {
                return null; // "Il se lève, déplie la feuille qu'il a écrite et lit : « … »": the reader's own words
            }
            author = null; // "AHMED LAKHDAR. — Il a écrit : « Papa, … »": no reader writes to his own parent
        }
        Referent w = author != null ? author : writer(d, at[0], reader, null, named);
        if (w != null) {
            d.writers.add(w.person() != null ? w.person() : w.description());
        }
        return w;
    }

    /**
     * The person right after a verb of reading that opens the words after a quote's closing mark, at most one word
     * after it (« « … », lit encore la retraitée », "“…,” reads her mother"): the one who reads the letter out; else
     * null.
     */
    Referent readerAfter(SpeakerDocument d, int outer, int afterEnd) {
        int k = d.tokenAt(outer);
        while (k < d.tokens.size() && d.tokens.get(k).span().start() < afterEnd && !Tokens.isWord(d.tokens.get(k))) {
            k++;
        }
        if (k >= d.tokens.size() || d.tokens.get(k).span().start() >= afterEnd || kindAt(d, k) != Kind.READ) {
            return null;
        }
        int from = d.tokens.get(k).span().end();
        for (Referent r : d.referents.within(from, afterEnd)) {
            return SpeakerDocument.wordsBetween(d, from, r.span().start()) <= 1 ? r : null;
        }
        return null;
    }

    /**
     * The last verb of writing before a quote read out, after the quote before it and in its paragraph or the one
     * before ("la lecture d'une lettre qu'elle avait écrite à sa sœur"), whose subject wrote what is read; else -1.
     */
    int writingBefore(SpeakerDocument d, int open, int prevEnd) {
        int from = Math.max(prevEnd, d.paragraphStarts.get(Math.max(0, d.paragraph(open) - 1)));
        for (int k = d.tokenAt(open) - 1; k >= 0 && d.tokens.get(k).span().start() >= from; k--) {
            if (Tokens.isWord(d.tokens.get(k)) && kindAt(d, k) == Kind.WRITE) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Makes the reader of a letter the current speaker again once a quote stands in another paragraph
     * ("Elle repose la feuille. « … »"): the letter's words go on only in its own paragraph.
     */
    void readerTakesOver(SpeakerDocument d, int open) {
        if (d.reader != null && d.paragraph(open) != d.letterParagraph) {
            if (d.lastSpeaker != null && d.writers.contains(d.lastSpeaker.person() != null ? d.lastSpeaker.person()
                    : d.lastSpeaker.description())) {
                d.lastSpeaker = d.reader;
            }
            d.reader = null;
        }
    }

    /** Whether a cue's verb is one of writing ("a-t-il écrit", "he wrote", "schrieb er"). */
    boolean writes(SpeakerDocument d, CueMatch cue) {
        if (cue == null || cue.source()) {
            return false;
        }
        String verb = d.lower(cue.last());
        int dash = verb.indexOf('-');
        return kind(dash > 0 ? verb.substring(0, dash) : verb, d.lang) == Kind.WRITE;
    }

    /** Whether the quote opening at {@code inner} addresses a parent among its first two words before a comma. */
    boolean addressesParent(SpeakerDocument d, int inner, int end) {
        int words = 0;
        for (int k = d.tokenAt(inner); k < d.tokens.size() && words < 2; k++) {
            if (d.tokens.get(k).span().start() >= end) {
                return false;
            }
            if (!Tokens.isWord(d.tokens.get(k))) {
                continue;
            }
            words++;
            if (kindAt(d, k) == Kind.VOCATIVE && k + 1 < d.tokens.size()
                    && (Tokens.is(d.text, d.tokens.get(k + 1), ",") || Tokens.is(d.text, d.tokens.get(k + 1), "،"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb of reading stands in the words after the quote up to {@code afterEnd} (", reading
     * from a transcript"), or before a quote that follows a colon or opens its paragraph: in its sentence
     * or, when the quote opens its sentence, in the sentence before (not before {@code prevEnd}'s sentence
     * ends). "She warned against reading the figures. “…”" reads nothing aloud.
     */
    boolean read(SpeakerDocument d, int open, int prevEnd, int outer, int afterEnd, boolean cuedAfter) {
        if (readIn(d, outer, afterEnd)) {
            return true;
        }
        if (cuedAfter) {
            return false; // "… read from the letters." then "“In one letter he wrote …,” his father said"
        }
        int c = QuoteOffsets.lastNonBlankBefore(d.text, open);
        int line = QuoteOffsets.lineStart(d.text, open);
        if (c >= 0 && d.text.charAt(c) != ':' && !QuoteOffsets.blank(d.text, line, open)) {
            return false;
        }
        int start = SpeakerDocument.sentenceStart(d, open);
        if (QuoteOffsets.blank(d.text, start, open) && start > 0) {
            start = SpeakerDocument.sentenceStart(d, QuoteOffsets.lastNonBlankBefore(d.text, start));
        }
        int previousParagraph = d.paragraphStarts.get(Math.max(0, d.paragraph(open) - 1));
        start = Math.max(start, previousParagraph);
        if (prevEnd > start) {
            int after = VoiceContext.sentenceAt(d.sentences, Math.max(0, prevEnd - 1));
            start = after >= 0 && after + 1 < d.sentences.size() ? d.sentences.get(after + 1).span().start() : open;
        }
        return readIn(d, start, open);
    }

    private boolean readIn(SpeakerDocument d, int from, int to) {
        for (int k = d.tokenAt(from); k < d.tokens.size() && d.tokens.get(k).span().end() <= to; k++) {
            if (Tokens.isWord(d.tokens.get(k)) && kindAt(d, k) == Kind.READ && !readByNoOne(d, k)
                    && !readsOwn(d, k) && !noun(d, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word of reading at token {@code k} is a noun: a determiner or a possessive stands right before it
     * ("That, he adds, is his own reading of the files", "a reading of the verdict"), "own" aside; no one reads
     * aloud there.
     */
    private boolean noun(SpeakerDocument d, int k) {
        int j = k - 1;
        if (j >= 0 && Tokens.isWord(d.tokens.get(j)) && "own".equals(d.lower(j))) {
            j--;
        }
        return j >= 0 && Tokens.isWord(d.tokens.get(j)) && (kindAt(d, j) == Kind.DET || kindAt(d, j) == Kind.INDEFINITE);
    }

    /**
     * Whether the verb of reading at token {@code k} reads a document its reader pronounces, named at most
     * {@link #OWN_WORDS} words after it (« a-t-il déclaré en lisant le jugement », "reading out his ruling"):
     * the words are the reader's own, no letter's.
     */
    private boolean readsOwn(SpeakerDocument d, int k) {
        for (int j = k + 1; j < d.tokens.size() && j <= k + OWN_WORDS && Tokens.isWord(d.tokens.get(j)); j++) {
            if (kindAt(d, j) == Kind.OWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the verb of reading at token {@code k} is a participle after a statement's noun with no agent
     * before the next punctuation ("In a statement read to the court, their mother said:"): no one reads
     * aloud, the statement's author speaks; "a letter read to the court by his barrister" has a reader.
     */
    private boolean readByNoOne(SpeakerDocument d, int k) {
        if (k == 0 || !Tokens.isWord(d.tokens.get(k - 1)) || kindAt(d, k - 1) != Kind.DOCUMENT) {
            return false;
        }
        for (int j = k + 1; j < d.tokens.size() && j <= k + AGENT_TOKENS && Tokens.isWord(d.tokens.get(j)); j++) {
            if (kindAt(d, j) == Kind.AGENT) {
                return false;
            }
        }
        return true;
    }

    /**
     * The writer of a letter read or passed on by {@code reader} (null when none was found): the person
     * the text makes someone's child or sibling nearest the quote (for a letter read out, among those it mentions
     * before the quote: one it names only after is a brother, unless an unnamed child before stands for them), else
     * the nearest open person before it, through {@code named} (a definite description stands for the person named before it). A nested
     * message (its cue pronoun's {@code gender} given, else null) looks back one paragraph (none for an
     * unnamed reader: "Eine Mutter aus Bremen, deren Sohn …" names no child) then,
     * when a named reader passes it on, to the person of that gender named further back.
     */
    Referent writer(SpeakerDocument d, int open, Referent reader, Gender gender, UnaryOperator<Referent> named) {
        Entity readerPerson = reader == null ? null : reader.person();
        boolean nested = gender != null;
        Gender g = nested ? gender : Gender.UNKNOWN;
        Referent child = null;
        Referent later = null; // a child the text names only after a letter read out: a brother, unless described before
        int best = Integer.MAX_VALUE;
        int laterBest = Integer.MAX_VALUE;
        for (Referent r : d.referents.all()) {
            if (r.person() == null || r.person() == readerPerson || !r.gender().compatible(g) || !child(d, r)) {
                continue;
            }
            int distance = Math.abs(r.span().start() - open);
            if (!nested && !LetterKin.mentionedBefore(r.person(), open)) {
                if (distance < laterBest) {
                    laterBest = distance;
                    later = r;
                }
            } else if (distance < best) {
                best = distance;
                child = r;
            }
        }
        if (child != null) {
            Referent described = d.paragraph(child.span().start()) < d.paragraph(open)
                    ? describedChild(d, open, reader, best) : null;
            LetterKin.kin(d, reader);
            return described != null ? described : child;
        }
        int back = !nested ? PARAGRAPHS_BACK : readerPerson != null ? 1 : 0;
        int from = d.paragraphStarts.get(Math.max(0, d.paragraph(open) - back));
        List<Referent> before = d.referents.within(from, open);
        for (int i = before.size() - 1; i >= 0; i--) {
            Referent r = named.apply(before.get(i));
            if (LetterKin.same(r, reader) || r.person() != null && r.person() == readerPerson || !r.gender().compatible(g)) {
                continue;
            }
            if (r.person() == null && childWords(d, r.description().role())) {
                LetterKin.kin(d, reader);
                Referent known = readerPerson == null && knownReader(d, reader) ? namedChild(d, open, g, reader) : null;
                // "her daughter", "deren Sohn": the child, named before by a reader the text knows, or named after the
                // letter ("her son" … "Kareem")
                return known != null ? known : later != null ? later : LetterKin.family(d, r, readerPerson, open);
            }
            Voice v = r.person() != null ? d.voiceOf(r.person().role())
                    : d.voiceOf(r.description().role());
            if (!READERS.contains(v)) {
                return r.person() != null ? r : LetterKin.namedBefore(d, r, readerPerson);
            }
        }
        if (!nested || g == Gender.UNKNOWN || readerPerson == null && !knownReader(d, reader)) {
            return null; // "Eine Mutter aus Bremen, deren Sohn …": an unnamed parent's child is not named either
        }
        return namedChild(d, open, g, reader); // "elle a écrit : “Maman, …”": the woman named further back
    }

    /**
     * The nearest person of {@code gender} named before {@code open} who is neither the reader nor of a voice
     * that reports on letters, or null.
     */
    private Referent namedChild(SpeakerDocument d, int open, Gender gender, Referent reader) {
        Entity readerPerson = reader == null ? null : reader.person();
        for (Referent p : d.referents.namedBefore(open, gender, 2 * CueSpeakerResolver.NAMED_REACH)) {
            if (p.person() != readerPerson && !READERS.contains(d.voiceOf(p.person().role()))) {
                return p;
            }
        }
        return null;
    }

    /**
     * Whether a reader is someone the text already knows: named, or described by a definite or possessive
     * description (« Sa mère », « Le père de Leila Z. », "The boy's mother"), not by an indefinite one that
     * brings in someone new ("Eine Mutter aus Bremen", « une mère de Roubaix »), whose child is unnamed too.
     */
    private boolean knownReader(SpeakerDocument d, Referent reader) {
        if (reader == null) {
            return false;
        }
        if (reader.person() != null) {
            return true;
        }
        int k = d.tokenAt(reader.description().span().start());
        return k < d.tokens.size() && Tokens.isWord(d.tokens.get(k)) && kindAt(d, k) != Kind.INDEFINITE;
    }

    /**
     * An unnamed child or sibling described in the quote's own paragraph before it, nearer than {@code best}
     * characters ("Samia, dont la fille se trouve dans le camp" … « Maman, … »), or null: the named son of
     * an earlier paragraph is someone else's.
     */
    private Referent describedChild(SpeakerDocument d, int open, Referent reader, int best) {
        for (Referent r : d.referents.within(d.paragraphStarts.get(d.paragraph(open)), open)) {
            if (r.person() == null && r.description() != null && open - r.span().start() < best && !LetterKin.same(r, reader)
                    && childWords(d, r.description().role())) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether the subject of a verb of writing writes the letter it introduces: someone's child or sibling
     * ("Her son, Daniel" … "he wrote: “Mum, …”") or a former fighter ("un ancien combattant a écrit").
     */
    boolean mayWrite(SpeakerDocument d, Referent r) {
        String role = r.person() != null ? r.person().role() : r.description().role();
        Voice v = d.voiceOf(role);
        return childWords(d, role) || v == Voice.DEFECTOR || v == Voice.RETURNEE;
    }

    /** Whether a named person's own role makes them someone's child or sibling ("son fils cadet, Malik"). */
    private boolean child(SpeakerDocument d, Referent r) {
        return r.description() == null && childWords(d, r.person().role()); // their own apposition
    }

    /** Whether a role's words make a person someone's child or sibling ("son fils cadet"). */
    boolean childWords(SpeakerDocument d, String role) {
        if (role == null) {
            return false;
        }
        for (String w : RoleWords.of(role.toLowerCase(Locale.ROOT))) {
            if (kind(w, d.lang) == Kind.CHILD) {
                return true;
            }
        }
        return false;
    }
}
