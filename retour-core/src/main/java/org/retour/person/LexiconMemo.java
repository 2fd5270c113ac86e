package org.retour.person;

/**
 * What the person lexicon answers for the words one thread met last in one language: a word's entry
 * ({@link PersonLexicon#entry}), its gender as a given name ({@link PersonLexicon#firstName}) and the
 * pronoun it is ({@link PersonLexicon#pronoun}).
 *
 * <p>Design decision: every word token of every document is looked up, mostly the same few hundred
 * function words and names, and each lookup hashed the word, tested a filter and compared it with the
 * lexicon's own copy of it. Tokens' written and lower-cased forms are strings shared across documents
 * on one thread, so a direct-mapped table (a word takes the slot of its hash, a new word replaces the
 * old one) answers most lookups with one array read and one comparison by identity; a word met as
 * another string of the same characters is looked up again. One per thread, lexicon and language
 * ({@link #of}); not thread-safe itself.
 */
final class LexiconMemo {

    /** Slots of each table. */
    static final int SLOTS = 1 << 13;
    private static final int SHIFT = 32 - Integer.numberOfTrailingZeros(SLOTS);
    /** The entry of a word the lexicon does not list. */
    static final String[] NONE = new String[0];
    private static final Gender[] GENDERS = Gender.values();
    /** How many memos of lexicon and language each thread keeps. */
    private static final int KEPT = 8;
    private static final ThreadLocal<LexiconMemo[]> LOCAL = ThreadLocal.withInitial(() -> new LexiconMemo[KEPT]);

    private final PersonLexicon lexicon;
    /**
     * The language, as the string the document asking last gave it: the lexicon keeps the maps of the
     * language asked for last by identity of that string, so the memo asks with the document's own.
     */
    private String lang;
    private final String[] entryWords = new String[SLOTS];
    private final String[][] entries = new String[SLOTS][];
    private final String[] nameWords = new String[SLOTS];
    /** Per slot of {@link #nameWords}: 0 for none, else the gender's ordinal plus one. */
    private final byte[] names = new byte[SLOTS];
    private final String[] pronounWords = new String[SLOTS];
    private final Pronoun[] pronouns = new Pronoun[SLOTS];

    private LexiconMemo(PersonLexicon lexicon, String lang) {
        this.lexicon = lexicon;
        this.lang = lang;
    }

    /** The memo of {@code lexicon} in {@code lang} on this thread. */
    static LexiconMemo of(PersonLexicon lexicon, String lang) {
        LexiconMemo[] kept = LOCAL.get();
        for (int i = 0; i < KEPT; i++) {
            LexiconMemo m = kept[i];
            if (m == null) {
                break;
            }
            if (m.lexicon == lexicon && (m.lang == lang || m.lang != null && m.lang.equals(lang))) {
                m.lang = lang;
                return m;
            }
        }
        LexiconMemo m = new LexiconMemo(lexicon, lang);
        System.arraycopy(kept, 0, kept, 1, KEPT - 1); // the oldest is dropped
        kept[0] = m;
        return m;
    }

    private static int slot(String word) {
        return word.hashCode() * 0x9E3779B1 >>> SHIFT;
    }

    /** {@code lexicon.entry(word, lang)}, with {@link #NONE} for null. */
    String[] entry(String word) {
        int s = slot(word);
        if (entryWords[s] == word) {
            return entries[s];
        }
        String[] d = lexicon.entry(word, lang);
        d = d == null ? NONE : d;
        entryWords[s] = word;
        entries[s] = d;
        return d;
    }

    /** {@code lexicon.firstName(word)}. */
    Gender firstName(String word) {
        int s = slot(word);
        if (nameWords[s] == word) {
            byte c = names[s];
            return c == 0 ? null : GENDERS[c - 1];
        }
        Gender g = lexicon.firstName(word);
        nameWords[s] = word;
        names[s] = g == null ? 0 : (byte) (g.ordinal() + 1);
        return g;
    }

    /** {@code lexicon.pronoun(word, lang)}. */
    Pronoun pronoun(String word) {
        int s = slot(word);
        if (pronounWords[s] == word) {
            return pronouns[s];
        }
        Pronoun p = lexicon.pronoun(word, lang);
        pronounWords[s] = word;
        pronouns[s] = p;
        return p;
    }
}
