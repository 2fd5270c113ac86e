package org.retour.person;

import java.util.HashMap;
import java.util.Map;

/**
 * One thread's answers of the person lexicon in one language for the words it met last: the entry of a
 * lower-cased word ({@link PersonLexicon#entry}), the entry of a written word as an honorific or a title
 * ({@link PersonLexicon#writtenEntry}) and the gender of a written word as a given name
 * ({@link PersonLexicon#firstName}).
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
    private final String[] writtenWords = new String[SLOTS];
    private final String[][] writtenRows = new String[SLOTS][];
    private final String[] givenWords = new String[SLOTS];
    /** Per slot, the gender of the word of {@link #givenWords} as a given name, or null when it is none. */
    private final Gender[] genders = new Gender[SLOTS];

    private LexiconMemo(PersonLexicon lexicon, String lang) {
        this.lexicon = lexicon;
        this.lang = lang;
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
        int slot = word.hashCode() * 0x9E3779B1 >>> SHIFT;
        String w = lowerWords[slot];
        if (w != null && (w == word || w.equals(word))) {
            return rows[slot];
        }
        String[] d = lexicon.entry(word, lang);
        d = d == null ? NONE : d;
        lowerWords[slot] = word;
        rows[slot] = d;
        return d;
    }

    /**
     * The entry of {@code word} as written when it may be an honorific or a title ({@link PersonLexicon#writtenEntry}),
     * or {@link #NONE} when it has none.
     */
    String[] written(String word) {
        int slot = word.hashCode() * 0x9E3779B1 >>> SHIFT;
        String w = writtenWords[slot];
        if (w != null && (w == word || w.equals(word))) {
            return writtenRows[slot];
        }
        String[] d = lexicon.writtenEntry(word, lang);
        d = d == null ? NONE : d;
        writtenWords[slot] = word;
        writtenRows[slot] = d;
        return d;
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
