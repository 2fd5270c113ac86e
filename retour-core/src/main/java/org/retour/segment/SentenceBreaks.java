package org.retour.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * The sentence boundaries of Unicode's default rules (UAX #29, rules SB1–SB11), the same as ICU's sentence
 * break iterator for the root locale gives, with each character's Sentence_Break class read from ICU.
 *
 * <p>Design decision: a boundary can only follow a sentence terminator (with its closing punctuation and
 * spaces) or a paragraph separator, so one forward pass that looks at the text only around those finds
 * every boundary; ICU's general rule engine reads every character through a {@code CharacterIterator}
 * and costs about a third of the sentence stage. The classes of the Basic Multilingual Plane are a table
 * of 64 KB filled once. Immutable and thread-safe.
 */
final class SentenceBreaks {

    static final byte OTHER = 0;
    static final byte ATERM = 1;
    static final byte CLOSE = 2;
    static final byte FORMAT = 3;
    static final byte LOWER = 4;
    static final byte NUMERIC = 5;
    static final byte OLETTER = 6;
    static final byte SEP = 7;
    static final byte SP = 8;
    static final byte STERM = 9;
    static final byte UPPER = 10;
    static final byte CR = 11;
    static final byte EXTEND = 12;
    static final byte LF = 13;
    static final byte SCONTINUE = 14;

    private static final byte[] CLASSES = new byte[0x10000];

    static {
        for (int c = 0; c < 0x10000; c++) {
            CLASSES[c] = (byte) classByIcu(c);
        }
    }

    private SentenceBreaks() {
    }

    /** The Sentence_Break class of {@code cp} as ICU has it, one of the constants above. */
    static int classByIcu(int cp) {
        return switch (UCharacter.getIntPropertyValue(cp, UProperty.SENTENCE_BREAK)) {
            case UCharacter.SentenceBreak.ATERM -> ATERM;
            case UCharacter.SentenceBreak.CLOSE -> CLOSE;
            case UCharacter.SentenceBreak.FORMAT -> FORMAT;
            case UCharacter.SentenceBreak.LOWER -> LOWER;
            case UCharacter.SentenceBreak.NUMERIC -> NUMERIC;
            case UCharacter.SentenceBreak.OLETTER -> OLETTER;
            case UCharacter.SentenceBreak.SEP -> SEP;
            case UCharacter.SentenceBreak.SP -> SP;
            case UCharacter.SentenceBreak.STERM -> STERM;
            case UCharacter.SentenceBreak.UPPER -> UPPER;
            case UCharacter.SentenceBreak.CR -> CR;
            case UCharacter.SentenceBreak.EXTEND -> EXTEND;
            case UCharacter.SentenceBreak.LF -> LF;
            case UCharacter.SentenceBreak.SCONTINUE -> SCONTINUE;
            default -> OTHER;
        };
    }

    /** The class of the code point at {@code i}. */
    private static int classAt(String text, int i) {
        char c = text.charAt(i);
        if (!Character.isHighSurrogate(c) || i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
            return CLASSES[c];
        }
        return classByIcu(text.codePointAt(i));
    }

    /** The index after the code point at {@code i}. */
    private static int after(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i + 1;
    }

    /** The index after the Extend and Format characters from {@code i} (rule SB5). */
    private static int skipExtend(String text, int i) {
        int n = text.length();
        while (i < n) {
            int k = classAt(text, i);
            if (k != EXTEND && k != FORMAT) {
                break;
            }
            i = after(text, i);
        }
        return i;
    }

    private static boolean isParaSep(int k) {
        return k == SEP || k == CR || k == LF;
    }

    /** A receiver of boundaries, in increasing order. */
    interface Sink {
        /** Takes the boundary at {@code offset}. */
        void boundary(int offset);
    }

    /**
     * Gives every boundary after the start of {@code text} to {@code sink}, in order, the end of the
     * text last (as ICU's {@code next()} returns them); nothing for empty text.
     */
    static void boundaries(String text, Sink sink) {
        int n = text.length();
        int pos = 0;
        int prev = -1;
        int last = 0;
        while (pos < n) {
            int k = classAt(text, pos);
            int end = after(text, pos);
            if (isParaSep(k)) {
                if (k == CR && end < n && text.charAt(end) == '\n') {
                    end++;
                }
                sink.boundary(end);
                last = end;
                prev = k;
                pos = end;
                continue;
            }
            end = skipExtend(text, end);
            if (k != ATERM && k != STERM) {
                prev = k;
                pos = end;
                continue;
            }
            int j = end;
            int before = k;
            while (j < n && classAt(text, j) == CLOSE) {
                j = skipExtend(text, after(text, j));
                before = CLOSE;
            }
            while (j < n && classAt(text, j) == SP) {
                j = skipExtend(text, after(text, j));
                before = SP;
            }
            if (j < n && !isParaSep(classAt(text, j)) && !joins(text, k, prev, end, j)) {
                sink.boundary(j);
                last = j;
            }
            prev = before;
            pos = j;
        }
        if (last < n) {
            sink.boundary(n);
        }
    }

    /**
     * Whether no boundary falls at {@code j}, after the terminator of class {@code term} (ending at
     * {@code termEnd}, after a unit of class {@code prev}) and its closing marks and spaces: rules SB6,
     * SB7, SB8 and SB8a.
     */
    private static boolean joins(String text, int term, int prev, int termEnd, int j) {
        int next = classAt(text, j);
        if (next == SCONTINUE || next == ATERM || next == STERM) {
            return true;
        }
        if (term != ATERM) {
            return false;
        }
        if (j == termEnd && (next == NUMERIC || next == UPPER && (prev == UPPER || prev == LOWER))) {
            return true;
        }
        int n = text.length();
        for (int x = j; x < n; x = after(text, x)) {
            int k = classAt(text, x);
            if (k == LOWER) {
                return true;
            }
            if (k == OLETTER || k == UPPER || k == SEP || k == CR || k == LF || k == ATERM || k == STERM) {
                return false;
            }
        }
        return false;
    }
}
