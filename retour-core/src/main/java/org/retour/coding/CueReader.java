package org.retour.coding;

import java.util.Arrays;
import java.util.Set;

/**
 * The reader of {@link CueTokens}: one pass over the characters of a text that splits it into words as
 * cue patterns see them, folds each and finds its {@link WordTable.Word}.
 *
 * <p>Stateless and thread-safe, except {@link Builder}, which one reading owns.
 */
final class CueReader {

    private static final Set<String> ELIDED = Set.of("l", "d", "n", "s", "c", "j", "m", "t", "qu", "jusqu", "lorsqu",
            "puisqu", "quoiqu");

    private CueReader() {
    }

    /** Reads the words of {@code t[from, to)} into {@code b}. */
    static void scan(String t, int from, int to, Builder b) {
        CueCharacters.Chars w = b.chars;
        w.clear();
        int wStart = -1;
        int i = from;
        while (i < to) {
            char ch = t.charAt(i);
            if (ch < 128) {
                byte kind = CueCharacters.ASCII[ch];
                if (kind == CueCharacters.ASCII_WORD) {
                    if (wStart < 0) {
                        wStart = i;
                    }
                    i = w.appendRun(t, i, to);
                    continue;
                }
                if (kind != CueCharacters.ASCII_APOSTROPHE) {
                    if (wStart >= 0) {
                        b.add(w, wStart, i);
                        w.clear();
                        wStart = -1;
                    }
                    if (kind > b.pending) {
                        b.pending = kind;
                    }
                    i++;
                    continue;
                }
            }
            if (ch >= 128 && ch < CueCharacters.FOLDED_CHAR.length) {
                if (CueCharacters.FOLDED_CHAR[ch] != 0) {
                    if (wStart < 0) {
                        wStart = i;
                    }
                    i = w.appendRun(t, i, to);
                    continue;
                }
                if (ch != '\u02BC') {
                    wStart = b.endWord(w, wStart, i, CueCharacters.boundaryOf(ch));
                    i++;
                    continue;
                }
            }
            int cp = t.codePointAt(i);
            int n = Character.charCount(cp);
            if (i + n > to) {
                n = to - i;
            }
            if (CueCharacters.isWordChar(cp)) {
                if (wStart < 0) {
                    wStart = i;
                }
                CueCharacters.appendFolded(w, cp);
            } else if (CueCharacters.isApostrophe(cp) && wStart >= 0 && i + 1 < to
                    && Character.isLetter(t.codePointAt(i + 1))) {
                String sofar = w.toString();
                boolean nt = sofar.endsWith("n") && (t.charAt(i + 1) == 't' || t.charAt(i + 1) == 'T')
                        && (i + 2 >= to || !Character.isLetter(t.charAt(i + 2)));
                if (nt) {
                    if (sofar.length() > 1) {
                        b.add(sofar.substring(0, sofar.length() - 1), wStart, i - 1);
                    }
                    b.add("n't", i - 1, i + 2);
                    w.clear();
                    wStart = -1;
                    i += 2;
                    continue;
                } else if (ELIDED.contains(sofar)) {
                    b.add(sofar + "'", wStart, i + 1);
                    w.clear();
                    wStart = -1;
                } else {
                    b.add(sofar, wStart, i);
                    w.clear();
                    w.append('\'');
                    wStart = i;
                }
            } else if (CueCharacters.isApostrophe(cp) && wStart >= 0 && ELIDED.contains(w.toString())) {
                b.add(w.toString() + "'", wStart, i + 1);
                w.clear();
                wStart = -1;
            } else {
                wStart = b.endWord(w, wStart, i, CueCharacters.boundaryOf(cp));
            }
            i += n;
        }
        if (wStart >= 0 && !w.isEmpty()) {
            b.add(w, wStart, to);
        }
    }

    /**
     * The characters of text a builder first makes room for one word for: words with their spaces and
     * punctuation take about seven in news text, so that the arrays rarely grow.
     */
    private static final int WORD_ROOM = 5;

    /** Words being read, with their spans and the boundaries before them, made into {@link CueTokens} at the end. */
    static final class Builder {
        private final CueCharacters.Chars chars = new CueCharacters.Chars();
        private final WordTable words = WordTable.local();
        private final String text;
        private final Vocabulary vocabulary;
        /** The thread's arrays this builder reads into, or null when it made its own. */
        private final WordArrays lent;
        private WordTable.Word[] forms;
        /** The words the vocabulary admits, null for the others. */
        private WordTable.Word[] searched;
        private int size;
        private int[] starts;
        private int[] ends;
        private byte[] boundaries;
        byte pending = CueTokens.SENTENCE;

        /** A builder for words of {@code text}, with room for as many words as a text of its length mostly has. */
        Builder(String text, Vocabulary vocabulary) {
            this(text, vocabulary, 16 + text.length() / WORD_ROOM);
        }

        /** A builder for words of {@code text} with room for {@code room} words before its arrays grow. */
        Builder(String text, Vocabulary vocabulary, int room) {
            this(text, vocabulary, room, null);
        }

        /**
         * A builder for words of {@code text} that reads into {@code arrays} (lent to the caller), or into arrays
         * of its own when that is null.
         */
        Builder(String text, Vocabulary vocabulary, WordArrays arrays) {
            this(text, vocabulary, 16 + text.length() / WORD_ROOM, arrays);
        }

        private Builder(String text, Vocabulary vocabulary, int room, WordArrays arrays) {
            this.text = text;
            this.vocabulary = vocabulary;
            this.lent = arrays;
            if (arrays != null) {
                arrays.ensure(room);
                forms = arrays.forms;
                searched = arrays.searched;
                starts = arrays.starts;
                ends = arrays.ends;
                boundaries = arrays.boundaries;
            } else {
                forms = new WordTable.Word[room];
                searched = new WordTable.Word[room];
                starts = new int[room];
                ends = new int[room];
                boundaries = new byte[room];
            }
        }

        /**
         * Ends the word being read at {@code end} (adding it when it has characters), empties {@code w}
         * and keeps the strongest boundary seen before the next word; returns -1, the start of no word.
         */
        int endWord(CueCharacters.Chars w, int start, int end, byte level) {
            if (start >= 0 && !w.isEmpty()) {
                add(w, start, end);
            }
            w.clear();
            if (level > pending) {
                pending = level;
            }
            return -1;
        }

        /** Adds the word in {@code w}, its forms shared with every earlier occurrence on this thread. */
        void add(CueCharacters.Chars w, int start, int end) {
            if (w.len > 0 && end > start) {
                put(words.word(w.buf, w.len, w.hash), start, end);
            }
        }

        void add(String word, int start, int end) {
            if (!word.isEmpty() && end > start) {
                put(words.word(word), start, end);
            }
        }

        /** Adds {@code wordForms} at {@code [start, end)}. */
        void put(WordTable.Word wordForms, int start, int end) {
            put(wordForms, vocabulary == null || wordForms.searchedBy(vocabulary), start, end);
        }

        /**
         * Adds {@code wordForms} at {@code [start, end)}, which the builder's vocabulary searches when
         * {@code searchedBy} says so: as {@link #put(WordTable.Word, int, int)}, for a reader that kept the
         * vocabulary's judgement of the word.
         */
        void put(WordTable.Word wordForms, boolean searchedBy, int start, int end) {
            int n = size;
            if (n == starts.length) {
                forms = Arrays.copyOf(forms, n * 2);
                searched = Arrays.copyOf(searched, n * 2);
                starts = Arrays.copyOf(starts, n * 2);
                ends = Arrays.copyOf(ends, n * 2);
                boundaries = Arrays.copyOf(boundaries, n * 2);
            }
            forms[n] = wordForms;
            searched[n] = searchedBy ? wordForms : null;
            size = n + 1;
            starts[n] = start;
            ends[n] = end;
            boundaries[n] = pending;
            pending = CueTokens.NONE;
        }

        /**
         * Adds the words of {@code f}, a token's, read alone, whose characters start at {@code at}: the boundary
         * before its first word is the stronger of the one pending and its own, and what follows its last word
         * is pending after it.
         */
        void append(TokenFragments.Fragment f, int at) {
            WordTable.Word[] w = f.words;
            int n = w.length;
            if (n == 0) {
                if (f.trailing > pending) {
                    pending = f.trailing;
                }
                return;
            }
            if (f.boundaries[0] > pending) {
                pending = f.boundaries[0];
            }
            put(w[0], at + f.starts[0], at + f.ends[0]);
            for (int k = 1; k < n; k++) {
                pending = f.boundaries[k];
                put(w[k], at + f.starts[k], at + f.ends[k]);
            }
            pending = f.trailing;
        }

        /** How many words were read. */
        int size() {
            return size;
        }

        /** Word {@code k} as read. */
        WordTable.Word word(int k) {
            return forms[k];
        }

        int start(int k) {
            return starts[k];
        }

        int end(int k) {
            return ends[k];
        }

        /** The boundary before word {@code k}. */
        byte boundary(int k) {
            return boundaries[k];
        }

        CueTokens build() {
            if (lent != null) {
                lent.keep(forms, searched, starts, ends, boundaries);
                return new CueTokens(text, forms, searched, starts, ends, boundaries, 0, size, lent.scratch);
            }
            return new CueTokens(text, forms, searched, starts, ends, boundaries, 0, size, new PatternIndex.Scratch());
        }
    }
}
