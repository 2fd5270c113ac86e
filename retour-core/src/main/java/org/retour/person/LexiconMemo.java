package org.retour.person;

import java.util.HashMap;
import java.util.Map;

/**
 * One thread's answers of the person lexicon in one language for the words it met last: the entry of a
 * lower-cased word ({@link PersonLexicon#entry}), the entry of a written word as an honorific or a title
 * ({@link PersonLexicon#writtenEntry}), the gender of a written word as a given name
 * ({@link PersonLexicon#firstName}) and that of the head noun in the parts of a lower-cased word
 * ({@link PersonLexicon#headInParts}).
 *
 * <p>Design decision: the finders look up every token of every document, and a token's lower-cased and
 * written forms are strings shared by every token written the same on the thread
 * ({@link org.retour.entity.TokenView#lower}, {@link org.retour.entity.TokenView#surface}), document after
 * document. So the answers are kept in parallel arrays, direct-mapped: a word takes the slot of its hash
 * and replaces whatever word was there, and a lookup is mostly one array read and one comparison by
 * identity, where the lexicon's maps probe a large table and compare the characters of a word of their
 * own. The lexicon is immutable, so a kept answer never goes stale.
 *
 * <p>Not thread-safe: one per thread and language ({@link #of}).
 */
final class LexiconMemo {

    /** The number of slots of each table. */
    static final int SLOTS = 1 << 14;
    private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(SLOTS);
    /** The entry kept for a word the lexicon does not list. */
    static final String[] NONE = new String[0];

    private final PersonLexicon lexicon;
    private final String lang;
    private final String[] lowerWords = new String[SLOTS];
    private final String[][] rows = new String[SLOTS][];
    /** Per slot, the {@link #kindsOf kinds} of the entry of {@link #rows}. */
    private final int[] kinds = new int[SLOTS];
    private final String[] writtenWords = new String[SLOTS];
    private final String[][] writtenRows = new String[SLOTS][];
    /** The lexicon's lookups of a lower-cased word and of a word as written, made once so that no call allocates. */
    private final java.util.function.Function<String, String[]> entryLookup;
    private final java.util.function.Function<String, String[]> writtenLookup;
    private final String[] givenWords = new String[SLOTS];
    /** Per slot, the gender of the word of {@link #givenWords} as a given name, or null when it is none. */
    private final Gender[] genders = new Gender[SLOTS];
    private final String[] partWords = new String[SLOTS];
    /** Per slot, the gender of the head noun in the parts of the word of {@link #partWords}, or null when it has none. */
    private final Gender[] partGenders = new Gender[SLOTS];

    private LexiconMemo(PersonLexicon lexicon, String lang) {
        this.lexicon = lexicon;
        this.lang = lang;
        this.entryLookup = w -> lexicon.entry(w, lang);
        this.writtenLookup = w -> lexicon.writtenEntry(w, lang);
    }

    /** The memos of one thread for one lexicon, by language (null included). */
    static final class ByLanguage {
        private final Map<String, LexiconMemo> memos = new HashMap<>();
        private LexiconMemo none;

        /** The memo of {@code lexicon} in {@code lang} (which may be null) on this thread. */
        LexiconMemo of(PersonLexicon lexicon, String lang) {
            if (lang == null) {
                if (none == null) {
                    none = new LexiconMemo(lexicon, null);
                }
                return none;
            }
            return memos.computeIfAbsent(lang, l -> new LexiconMemo(lexicon, l));
        }
    }

    /** The entry of the lower-cased {@code word} ({@link PersonLexicon#entry}), or {@link #NONE} when it has none. */
    String[] entry(String word) {
        return rows[entrySlot(word)];
    }

    /**
     * The slot of the lower-cased {@code word} in {@link #rows} and {@link #kinds}, its entry looked up and its kinds
     * worked out there when the slot holds another word.
     */
    private int entrySlot(String word) {
        int slot = word.hashCode() * 0x9E3779B1 >>> SHIFT;
        String w = lowerWords[slot];
        if (w == null || w != word && !w.equals(word)) {
            String[] d = entryLookup.apply(word);
            d = d == null ? NONE : d;
            lowerWords[slot] = word;
            rows[slot] = d;
            kinds[slot] = kindsOf(d);
        }
        return slot;
    }

    /** In a {@link #kindsOf kinds} set: the word was looked up (so the set is never 0). */
    static final int LOOKED_UP = 1 << 31;
    /** In a {@link #kindsOf kinds} set: the lexicon lists the word as a word of some kind. */
    static final int LISTED = 1 << 30;

    static {
        if (PersonLexicon.Kind.values().length > 30) {
            throw new IllegalStateException("more kinds than the bits of a kinds set");
        }
    }

    /**
     * The kinds of the lower-cased {@code word} as one set of bits: {@code 1 << kind.ordinal()} for each kind its
     * {@link #entry} has, {@link #LISTED} when it has one, and always {@link #LOOKED_UP}; the entry itself is put in
     * {@code rows[at]}.
     *
     * <p>Design decision: the finders ask mostly whether a token is of a kind (a determiner, a preposition, a stop
     * word), and a set of bits kept beside the word's slot answers that without reading the entry's array, which lies
     * elsewhere in memory; the set is worked out once per word on the thread.
     */
    int kinds(String word, String[][] rows, int at) {
        int slot = entrySlot(word);
        rows[at] = this.rows[slot];
        return kinds[slot];
    }

    /** The kinds of an entry as {@link #kinds} gives them. */
    static int kindsOf(String[] entry) {
        int k = LOOKED_UP | (entry.length != 0 ? LISTED : 0);
        for (int i = 0; i < entry.length; i++) {
            if (entry[i] != null) {
                k |= 1 << i;
            }
        }
        return k;
    }

    /**
     * The entry of {@code word} as written when it may be an honorific or a title ({@link PersonLexicon#writtenEntry}),
     * or {@link #NONE} when it has none. Design decision: the lexicon's filter of written words, a few cache lines,
     * turns most words away before the memo's slots, which are seldom in the cache, are read.
     */
    String[] written(String word) {
        if (!lexicon.mayBeWritten(word)) {
            return NONE;
        }
        return cached(word, writtenWords, writtenRows, writtenLookup);
    }

    /**
     * The entry of {@code word} kept in the slot its hash picks in {@code words} and {@code entries}, looked up with
     * {@code lookup} (null read as {@link #NONE}) and kept there when the slot holds another word.
     */
    private static String[] cached(String word, String[] words, String[][] entries,
                                   java.util.function.Function<String, String[]> lookup) {
        int slot = word.hashCode() * 0x9E3779B1 >>> SHIFT;
        String w = words[slot];
        if (w != null && (w == word || w.equals(word))) {
            return entries[slot];
        }
        String[] d = lookup.apply(word);
        d = d == null ? NONE : d;
        words[slot] = word;
        entries[slot] = d;
        return d;
    }

    /**
     * The gender of the head noun in the parts of the lower-cased {@code word} ({@link PersonLexicon#headInParts}),
     * or null. Design decision: a word that is no head noun is cut into parts at its hyphens and, in German, at every
     * place a compound's last part may start, each part copied out and looked up; the same words come back token
     * after token and document after document, so the answer is kept here, once per word.
     */
    Gender headInParts(String word) {
        int slot = word.hashCode() * 0x9E3779B1 >>> SHIFT;
        String w = partWords[slot];
        if (w != null && (w == word || w.equals(word))) {
            return partGenders[slot];
        }
        Gender g = lexicon.headInParts(word, lang);
        partWords[slot] = word;
        partGenders[slot] = g;
        return g;
    }

    /** The gender of {@code word} as written as a given name ({@link PersonLexicon#firstName}), or null. */
    Gender firstName(String word) {
        int slot = word.hashCode() * 0x9E3779B1 >>> SHIFT;
        String w = givenWords[slot];
        if (w != null && (w == word || w.equals(word))) {
            return genders[slot];
        }
        Gender g = lexicon.firstName(word);
        givenWords[slot] = word;
        genders[slot] = g;
        return g;
    }
}
