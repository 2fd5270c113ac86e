package org.retour.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words one thread has read, each with the forms cue patterns may match: the same word gets the
 * same {@link Word} every time, with its forms, their hash codes and the candidate patterns already
 * looked up, and is not copied again. Arabic words have their forms without clitics too
 * ("والمسلمين": "مسلمين").
 *
 * <p>One per thread ({@link #local()}). Two-way: a word takes one of the two slots of its hash, a new
 * word takes the first and moves the word there to the second, replacing the one in it, so the table
 * never needs clearing. Design decision: two ways rather than one, so that two frequent words whose
 * hashes share slots do not keep replacing each other (and losing what was looked up for them).
 */
final class WordTable {

    /** Slots of the table, one word each. */
    static final int SLOTS = 1 << 14;
    private static final String[] AR_PREFIXES = {"وال", "فال", "بال", "كال", "لل", "ال"};
    private static final ThreadLocal<WordTable> LOCAL = ThreadLocal.withInitial(WordTable::new);

    /**
     * A word as cue patterns see it: its forms, and the candidate patterns and matched terms of the last
     * two pattern indexes that looked it up. It belongs to the thread whose table made it.
     */
    static final class Word {
        final String[] forms;
        /** The characters of the normal form. */
        final char[] chars;
        final int hash;
        /** For a word of one form, its prefix and whole-word buckets in {@link PatternIndex}; -1 otherwise. */
        int buckets = -2;
        /** For a word of several forms, the buckets of each form in {@link PatternIndex}; null until asked for. */
        int[] formBuckets;
        Object key0;
        int[] plan0;
        int[] terms0;
        Object key1;
        int[] plan1;
        int[] terms1;
        /**
         * What up to {@link #OLDER} more indexes, which looked the word up before {@link #key1}'s, stored for it:
         * each index, its plan and its terms, newest first; null until a third index looks the word up. Design
         * decision: the cues of each language are an index of their own, and a word of French, English and German
         * text alike (a name, "de", "in") lost one language's look-up to another's each time with two slots only,
         * to be looked up again in every document; the older ones are kept apart, so that the two slots read
         * first stay in the word's object.
         */
        private Object[] older;
        /** The model features of this word ({@link FeatureHasher#wordFeatures}), or null until asked for. */
        int[] features;
        /** The model that last summed the weights of this word's features, the sums, and the codes whose cue word it is, as bits. */
        private Object sumsOf;
        private float[] sums;
        private long cueWordCodes;
        /** The vocabulary that last judged whether its patterns search this word, and its judgement. */
        private Vocabulary judgedBy;
        private boolean searched;

        Word(String[] forms, int hash) {
            this.forms = forms;
            this.chars = forms[0].toCharArray();
            this.hash = hash;
        }

        /**
         * Whether the patterns of {@code vocabulary} search this word: it admits the word, or the word opens
         * with an apostrophe ("aujourd'hui"'s "'hui", whose apostrophe a reading of the word alone would not
         * fold). Kept with the word, so a word read again is not judged again.
         */
        boolean searchedBy(Vocabulary vocabulary) {
            if (judgedBy != vocabulary) {
                searched = chars[0] == '\'' || vocabulary.admits(forms);
                judgedBy = vocabulary;
            }
            return searched;
        }

        /** The weight sums {@code model} stored for this word, or null. */
        float[] weightSums(Object model) {
            return sumsOf == model ? sums : null;
        }

        /** The codes, as bits, whose cue word this word is for the model that last stored its sums. */
        long cueWordCodes() {
            return cueWordCodes;
        }

        /** Stores the weight sums of {@code model} and the codes whose cue word this is, forgetting another model's. */
        void keepWeightSums(Object model, float[] weightSums, long codes) {
            sumsOf = model;
            sums = weightSums;
            cueWordCodes = codes;
        }

        /** The plan of candidate patterns {@code owner} stored for this word, or null. */
        int[] plan(Object owner) {
            if (key0 == owner) {
                return plan0;
            }
            if (key1 == owner) {
                return plan1;
            }
            return (int[]) olderOf(owner, 1);
        }

        /** The terms {@code owner} stored for this word, or null. */
        int[] terms(Object owner) {
            if (key0 == owner) {
                return terms0;
            }
            if (key1 == owner) {
                return terms1;
            }
            return (int[]) olderOf(owner, 2);
        }

        /** What {@code owner} stored in {@link #older}, its plan ({@code what} 1) or its terms (2), or null. */
        private Object olderOf(Object owner, int what) {
            if (older != null) {
                for (int k = 0; k < older.length; k += 3) {
                    if (older[k] == owner) {
                        return older[k + what];
                    }
                }
            }
            return null;
        }

        /** Stores the plan of candidate patterns and the terms of {@code owner}, forgetting the oldest of those kept. */
        void keep(Object owner, int[] plan, int[] terms) {
            if (key1 != null) {
                if (older == null) {
                    older = new Object[3 * OLDER];
                }
                System.arraycopy(older, 0, older, 3, older.length - 3);
                older[0] = key1;
                older[1] = plan1;
                older[2] = terms1;
            }
            key1 = key0;
            plan1 = plan0;
            terms1 = terms0;
            key0 = owner;
            plan0 = plan;
            terms0 = terms;
        }
    }

    /** How many indexes' plans and terms a word keeps beyond the two of its own fields: four in all, one per language. */
    static final int OLDER = 2;

    private final Word[] words = new Word[SLOTS];

    private WordTable() {
    }

    /** The table of the current thread. */
    static WordTable local() {
        return LOCAL.get();
    }

    /** The word made of {@code buf[0, len)}. */
    Word word(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        return word(buf, len, h);
    }

    /** The word made of {@code buf[0, len)}, whose {@link String#hashCode} is {@code h}. */
    Word word(char[] buf, int len, int h) {
        int slot = slot(h);
        Word w = words[slot];
        if (w != null && w.hash == h && same(w.chars, buf, len)) {
            return w;
        }
        w = words[slot + 1];
        if (w != null && w.hash == h && same(w.chars, buf, len)) {
            return w;
        }
        return insert(slot, h, new String(buf, 0, len));
    }

    /**
     * Whether {@code a} holds the characters {@code b[0, len)}. Design decision: a plain loop, as words
     * are short and {@link Arrays#equals(char[], int, int, char[], int, int)} costs more to set up than
     * it saves.
     */
    private static boolean same(char[] a, char[] b, int len) {
        if (a.length != len) {
            return false;
        }
        for (int i = 0; i < len; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** The word {@code word}. */
    Word word(String word) {
        int h = word.hashCode();
        int slot = slot(h);
        Word w = words[slot];
        if (w != null && w.hash == h && w.forms[0].equals(word)) {
            return w;
        }
        w = words[slot + 1];
        if (w != null && w.hash == h && w.forms[0].equals(word)) {
            return w;
        }
        return insert(slot, h, word);
    }

    /** The forms of {@code word}. */
    String[] forms(String word) {
        return word(word).forms;
    }

    private Word insert(int slot, int h, String word) {
        char c = word.charAt(0);
        Word w = new Word(c >= 0x0600 && c <= 0x06FF ? arabicForms(word) : new String[] {word}, h);
        words[slot + 1] = words[slot];
        words[slot] = w;
        return w;
    }

    /** The first of the two slots of hash {@code h}. */
    private static int slot(int h) {
        return (h * 0x9E3779B1 >>> 16) & (SLOTS - 2);
    }

    /** The word, then the word without a leading و or ف, then without the article or a preposition. */
    private static String[] arabicForms(String w) {
        List<String> out = new ArrayList<>(4);
        out.add(w);
        String base = w;
        if (w.length() > 3 && (w.charAt(0) == '\u0648' || w.charAt(0) == '\u0641')) {
            base = w.substring(1);
            out.add(base);
        }
        for (String stem : new String[] {w, base}) {
            for (String p : AR_PREFIXES) {
                if (stem.startsWith(p) && stem.length() - p.length() >= 2) {
                    String rest = stem.substring(p.length());
                    if (!out.contains(rest)) {
                        out.add(rest);
                    }
                    break;
                }
            }
        }
        if (base.length() > 3 && (base.charAt(0) == '\u0628' || base.charAt(0) == '\u0644' || base.charAt(0) == '\u0643')) {
            String rest = base.substring(1);
            if (!out.contains(rest)) {
                out.add(rest);
            }
        }
        return out.toArray(new String[0]);
    }
}
