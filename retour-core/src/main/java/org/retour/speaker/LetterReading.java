package org.retour.speaker;

import java.util.Objects;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.speaker.LetterWords.Kind;

/**
 * The reading of a letter aloud: whether a verb of reading introduces a quote's words ("Elle lit la lettre à voix
 * haute. « … »", "Der Vater liest einen Brief vor: „…“", "“…,” reads her mother"), so that they are the writer's,
 * not the reader's, and who reads them out after the quote. A reading that is a noun ("a reading of the verdict"),
 * that reads the reader's own document ("reading out his ruling") or a statement no one reads aloud ("In a
 * statement read to the court, their mother said") does not count.
 *
 * <p>Immutable and thread-safe.
 */
final class LetterReading {

    /** How many words after a participle of reading its agent may stand ("read to the court by"). */
    static final int AGENT_TOKENS = 6;
    /** How many words after a verb of reading the document it reads may be named ("reading from two handwritten pages"). */
    static final int OWN_WORDS = 4;

    private final LetterWords words;

    LetterReading(LetterWords words) {
        this.words = Objects.requireNonNull(words);
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
        if (k >= d.tokens.size() || d.tokens.get(k).span().start() >= afterEnd || words.kindAt(d, k) != Kind.READ) {
            return null;
        }
        int from = d.tokens.get(k).span().end();
        for (Referent r : d.referents.within(from, afterEnd)) {
            return SpeakerSentences.wordsBetween(d, from, r.span().start()) <= 1 ? r : null;
        }
        return null;
    }

    /**
     * The person who reads out the words of a quote, named right before or right after a verb of reading that
     * opens the words after its closing mark ("“…,” Yanis read", « « … », lit Inès »); else null.
     */
    Referent readerNextTo(SpeakerDocument d, int outer, int afterEnd) {
        Referent after = readerAfter(d, outer, afterEnd);
        if (after != null) {
            return after;
        }
        for (Referent r : d.referents.within(outer, afterEnd)) {
            int k = d.tokenAt(r.span().end());
            return SpeakerSentences.wordsBetween(d, outer, r.span().start()) == 0 && k < d.tokens.size()
                    && Tokens.isWord(d.tokens.get(k)) && words.kindAt(d, k) == Kind.READ ? r : null;
        }
        return null;
    }

    /**
     * Whether a verb of reading stands in the words after the quote up to {@code afterEnd} (", reading
     * from a transcript"), or before a quote that follows a colon or opens its paragraph: in its sentence
     * or, when the quote opens its sentence, in the sentence before (not before {@code prevEnd}'s sentence
     * ends). "She warned against reading the figures. “…”" reads nothing aloud.
     */
    boolean read(SpeakerDocument d, int open, int prevEnd, int outer, int afterEnd, boolean cuedAfter) {
        if (readIn(d, outer, afterEnd, true)) {
            return true;
        }
        if (cuedAfter) {
            return false; // "… read from the letters." then "“In one letter he wrote …,” his father said"
        }
        int c = QuoteOffsets.lastNonBlankBefore(d.text, open);
        int line = QuoteOffsets.lineStart(d, open);
        if (c >= 0 && d.text.charAt(c) != ':' && !QuoteOffsets.blank(d.text, line, open)) {
            return false;
        }
        int start = SpeakerSentences.sentenceStart(d, open);
        if (QuoteOffsets.blank(d.text, start, open) && start > 0) {
            start = SpeakerSentences.sentenceStart(d, QuoteOffsets.lastNonBlankBefore(d.text, start));
        }
        int previousParagraph = d.paragraphStarts.get(Math.max(0, d.paragraph(open) - 1));
        start = Math.max(start, previousParagraph);
        if (prevEnd > start) {
            int after = VoiceContext.sentenceAt(d.sentences, Math.max(0, prevEnd - 1));
            start = after >= 0 && after + 1 < d.sentences.size() ? d.sentences.get(after + 1).span().start() : open;
        }
        return readIn(d, start, open, false);
    }

    /**
     * Whether a verb of reading aloud stands between {@code from} and {@code to}; {@code after} the quote, not one
     * whose subject is anyone (« « … », comme on le lit »), which « On y lit : « … » » before a letter's words is.
     */
    private boolean readIn(SpeakerDocument d, int from, int to, boolean after) {
        for (int k = d.tokenAt(from); k < d.tokens.size() && d.tokens.get(k).end() <= to; k++) {
            if (Tokens.isWord(d.tokens.get(k)) && words.kindAt(d, k) == Kind.READ && !readByNoOne(d, k)
                    && !(after && readByAnyone(d, k)) && !readsOwn(d, k) && !noun(d, k)) {
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
        return j >= 0 && Tokens.isWord(d.tokens.get(j)) && (words.kindAt(d, j) == Kind.DET || words.kindAt(d, j) == Kind.INDEFINITE);
    }

    /**
     * Whether the verb of reading at token {@code k} reads a document its reader pronounces, named at most
     * {@link #OWN_WORDS} words after it (« a-t-il déclaré en lisant le jugement », "reading out his ruling"):
     * the words are the reader's own, no letter's.
     */
    private boolean readsOwn(SpeakerDocument d, int k) {
        for (int j = k + 1; j < d.tokens.size() && j <= k + OWN_WORDS && Tokens.isWord(d.tokens.get(j)); j++) {
            if (words.kindAt(d, j) == Kind.OWN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an indefinite subject (`anyone`: « on », "one", „man“) stands at most two words before the verb of
     * reading at token {@code k}, with nothing but words between (« « … », comme on le lit trop souvent »): after the
     * words, the public reads what is written, no one reads a letter aloud.
     */
    private boolean readByAnyone(SpeakerDocument d, int k) {
        for (int j = k - 1; j >= 0 && j >= k - 2 && Tokens.isWord(d.tokens.get(j)); j--) {
            if (words.kindAt(d, j) == Kind.ANYONE) {
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
        if (Tokens.opensClause(d.tokens, k) || words.kindAt(d, k - 1) != Kind.DOCUMENT) {
            return false;
        }
        for (int j = k + 1; j < d.tokens.size() && j <= k + AGENT_TOKENS && Tokens.isWord(d.tokens.get(j)); j++) {
            if (words.kindAt(d, j) == Kind.AGENT) {
                return false;
            }
        }
        return true;
    }

}
