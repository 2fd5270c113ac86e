package org.retour.speaker;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.model.Voice;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.speaker.LetterWords.Kind;

/**
 * Finds the writer of a letter or message that someone else reads out or passes on: a quote that
 * addresses a parent ("Maman, je veux rentrer", "Mum, I made a mistake") or that a verb of reading
 * introduces ("Elle lit la lettre à voix haute. « … »", "Der Vater liest einen Brief vor: „…“") holds the writer's
 * words, not the reader's. The writer is the person the text makes someone's child or sibling ("son fils
 * cadet, Malik", "His son, Tom"), else the nearest person before the quote who is neither the reader
 * nor an official, researcher, journalist or practitioner. Words come from {@link LetterWords}; whether words
 * are read out, from {@link LetterReading}.
 *
 * <p>Design decision: in news about fighters, a letter home is the fighter's; the writer therefore
 * speaks as a former fighter ({@link Voice#DEFECTOR}, made a returnee by the context of a return).
 *
 * <p>Immutable and thread-safe.
 */
final class LetterWriters {

    /** How many paragraphs before the quote the nearest person may stand in. */
    static final int PARAGRAPHS_BACK = 2;
    /** Voices that never write the letter: those who report on it. */
    static final Set<Voice> READERS = EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER, Voice.JOURNALIST,
            Voice.ORGANISATION, Voice.OTHER, Voice.RELATIVE);

    private final LetterWords words;
    private final LetterReading reading;

    /** The writers found with the letter words {@code words}. */
    LetterWriters(LetterWords words) {
        this.words = Objects.requireNonNull(words);
        this.reading = new LetterReading(words);
    }

    /** The writers found with the bundled letter words. */
    static LetterWriters bundled() {
        return new LetterWriters(LetterWords.bundled());
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
        if (!vocative && !reading.read(d, at[0], at[1], at[2], at[3], cuedAfter)) {
            return null;
        }
        if (vocative && reader != null && d.writers.contains(reader.person() != null ? reader.person() : reader.description())) {
            return null; // "« Maman, … » Et plus bas : « Dis à papa … »": the writer found already goes on
        }
        if (vocative && reader != null && reader.person() != null
                && FamilyGraph.relation(d.lang, reader.person().role()) == FamilyGraph.Relation.CHILD
                && !reading.read(d, at[0], at[1], at[2], at[3], cuedAfter)) {
            return null; // "Kevin, son fils … Kevin avait annoncé son départ par un message : “Papa, …”": his own words
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
     * The last verb of writing before a quote read out, after the quote before it and in its paragraph or the one
     * before ("la lecture d'une lettre qu'elle avait écrite à sa sœur"), whose subject wrote what is read; else -1.
     */
    int writingBefore(SpeakerDocument d, int open, int prevEnd) {
        int from = Math.max(prevEnd, d.paragraphStarts.get(Math.max(0, d.paragraph(open) - 1)));
        for (int k = d.tokenAt(open) - 1; k >= 0 && d.tokens.get(k).span().start() >= from; k--) {
            if (Tokens.isWord(d.tokens.get(k)) && words.kindAt(d, k) == Kind.WRITE) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The writer of the letter read out last when a quote with no cue goes on in its paragraph and only a verb of
     * reading stands between the two («“…,” Okafor read. “They hanged a shepherd …”»): the letter's words go on
     * there; after a verb of speech ("Roberts said, reading from a transcript. “He told me …”") the reader may
     * speak for herself. Else null.
     */
    Referent goesOn(SpeakerDocument d, int open, TokenCues kinds) {
        Referent last = d.lastSpeaker;
        if (d.reader == null || last == null || d.paragraph(open) != d.letterParagraph || LetterKin.same(last, d.reader)
                || d.lastEnd < 0) {
            return null;
        }
        boolean read = false;
        for (int k = d.tokenAt(d.lastEnd); k < d.tokens.size() && d.tokens.get(k).span().end() <= open; k++) {
            if (Tokens.isWord(d.tokens.get(k))) {
                if (kinds.kind(k) == SpeechCues.Kind.VERB) {
                    return null;
                }
                read |= words.kindAt(d, k) == Kind.READ;
            }
        }
        if (!read) {
            return null;
        }
        return d.writers.contains(last.person() != null ? last.person() : last.description()) ? last : null;
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
        return words.kind(dash > 0 ? verb.substring(0, dash) : verb, d.lang) == Kind.WRITE;
    }

    /**
     * Whether the quote opening at {@code inner} addresses a parent among its first two words before a comma, or
     * opens by asking to pass a message on to a parent or to someone named ({@link PassedMessages}).
     */
    boolean addressesParent(SpeakerDocument d, int inner, int end) {
        return callsParent(d, inner, end) || PassedMessages.opens(d, words, inner, end);
    }

    /**
     * Whether the quote opening at {@code inner} addresses a parent before a comma: the parent's noun is its first word,
     * or its second after a greeting or a first-person possessive (« Chère maman, », "Dear Mum,", "My mother,", "يا أمي،");
     * after any other word it is spoken of ("Someone's mother, someone's kid", "The father, a baker,").
     */
    private boolean callsParent(SpeakerDocument d, int inner, int end) {
        int seen = 0;
        for (int k = d.tokenAt(inner); k < d.tokens.size() && seen < 2; k++) {
            if (d.tokens.get(k).span().start() >= end) {
                return false;
            }
            if (!Tokens.isWord(d.tokens.get(k))) {
                continue;
            }
            seen++;
            Kind kind = words.kindAt(d, k);
            if (seen == 1 && kind != Kind.VOCATIVE && kind != Kind.GREET && kind != Kind.MINE) {
                return false;
            }
            if (kind == Kind.VOCATIVE && k + 1 < d.tokens.size()
                    && Tokens.comma(d.text, d.tokens.get(k + 1))) {
                return true;
            }
        }
        return false;
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
            if (r.person() == null && words.childWords(d, r.description().role())) {
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
        return k < d.tokens.size() && Tokens.isWord(d.tokens.get(k)) && words.kindAt(d, k) != Kind.INDEFINITE;
    }

    /**
     * An unnamed child or sibling described in the quote's own paragraph before it, nearer than {@code best}
     * characters ("Samia, dont la fille se trouve dans le camp" … « Maman, … »), or null: the named son of
     * an earlier paragraph is someone else's.
     */
    private Referent describedChild(SpeakerDocument d, int open, Referent reader, int best) {
        for (Referent r : d.referents.within(d.paragraphStarts.get(d.paragraph(open)), open)) {
            if (r.person() == null && r.description() != null && open - r.span().start() < best && !LetterKin.same(r, reader)
                    && words.childWords(d, r.description().role())) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether the subject of a verb of writing writes the letter it introduces: someone's child or sibling
     * ("Her son, Daniel" … "he wrote: “Mum, …”"), a former fighter ("un ancien combattant a écrit") or a person the
     * text names with no role ("Wardle told the board …" then "“…,” he wrote, in a passage read out at the hearing").
     */
    boolean mayWrite(SpeakerDocument d, Referent r) {
        String role = r.person() != null ? r.person().role() : r.description().role();
        Voice v = d.voiceOf(role);
        return words.childWords(d, role) || v == Voice.DEFECTOR || v == Voice.RETURNEE || r.person() != null && role == null
                || r.description() != null && words.childWords(d, r.description().role()); // "sa fille", named by the family
    }

    /** Whether a named person's own role makes them someone's child or sibling ("son fils cadet, Malik"). */
    private boolean child(SpeakerDocument d, Referent r) {
        return r.description() == null && words.childWords(d, r.person().role()); // their own apposition
    }
}
