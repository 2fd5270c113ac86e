package org.retour.person;

import java.util.List;
import java.util.Objects;
import org.retour.entity.NoteKind;
import org.retour.entity.TokenView;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;

/**
 * The person lexicon's entries for the tokens of one document in one language, each looked up at most
 * once: the kinds its lower-cased form has, the kinds its written form has (honorifics and titles are
 * listed as written), the gender of its written form as a given name and of its lower-cased form as a
 * head noun.
 *
 * <p>Design decision: the finders ask the same few questions of the same tokens again and again (is it
 * a determiner, a preposition, a stop word; is it a given name, an honorific, a head noun), and each
 * question was a hash lookup of the word. Here each token's answers are kept in arrays indexed by
 * token, filled on the first question, so one lookup per token and per form serves every later
 * question; genders are kept as bytes, to keep the arrays small. One per document and call; not thread-safe.
 */
final class TokenEntries {

    private final PersonLexicon lexicon;
    /** This thread's memo of the lexicon in {@link #lang}, asked before the lexicon's maps. */
    private final LexiconMemo memo;
    private final String lang;
    /** Whether {@link #lang} is German, asked of every word, so worked out once. */
    private final boolean german;
    private final String text;
    private final List<Token> tokens;
    private final String[] lowered;
    private final TokenView view;
    /**
     * Per token: the lexicon's data of its lower-cased form, an empty array when it has none, or null before it
     * is looked up.
     */
    private final String[][] lowerRows;
    /**
     * Per token: the {@link LexiconMemo#kinds kinds} of its lower-cased form, 0 before it is looked up; its entry is
     * then in {@link #lowerRows}. Design decision: whether a token is of a kind is one bit test of an array read in
     * token order, not a read of the entry's array.
     */
    private final int[] kinds;
    /**
     * Per token: the lexicon's data of its written form ({@link PersonLexicon#writtenEntry}, so read only for
     * honorifics and titles), {@link LexiconMemo#NONE}, or null before it is looked up.
     */
    private final String[][] surfaceRows;
    /** Per token: the gender of its written form as a given name, {@link #coded}. */
    private final byte[] given;
    /** Per token: the gender of its lower-cased form as a head noun, {@link #coded}. */
    private final byte[] heads;
    /** Per token: whether it is a capitalised word (0 before it is known, 1 no, 2 yes). */
    private final byte[] caps;
    /** Where the last search for a hyphen in the text started ({@link #nextHyphen}), before any search the largest int. */
    private int hyphenFrom = Integer.MAX_VALUE;
    /** The first hyphen at or after {@link #hyphenFrom}, or the text's length when none stands there. */
    private int hyphenAt;
    private static final Gender[] GENDERS = Gender.values();
    /** The kind of the {@link WordEntries} kept on the view's words. */
    private static final NoteKind NOTES = NoteKind.make();
    /** The code of "looked up: none" in {@link #given} and {@link #heads}; 0 is "not looked up yet". */
    private static final byte NO_GENDER = 1;

    /**
     * The entries of {@code tokens} in {@code lang}, with their lower-cased forms ({@link Tokens#lowered}:
     * null exactly for the tokens that are no words) and, when not null, their view (of the same tokens).
     */
    TokenEntries(PersonLexicon lexicon, String lang, String text, List<Token> tokens, String[] lowered, TokenView view) {
        this(lexicon, lang, text, tokens, lowered, view, null);
    }

    /**
     * As {@link #TokenEntries(PersonLexicon, String, String, List, String[], TokenView)}, keeping the answers in
     * the arrays of {@code arrays} (claimed for these tokens) when not null, else in arrays of its own.
     */
    TokenEntries(PersonLexicon lexicon, String lang, String text, List<Token> tokens, String[] lowered, TokenView view,
                 TokenArrays arrays) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.lang = lang;
        this.memo = lexicon.memo(lang);
        this.german = "de".equals(lang);
        this.text = text;
        this.tokens = tokens;
        this.lowered = lowered;
        this.view = view;
        int n = tokens.size();
        this.lowerRows = arrays != null ? arrays.lowerRows : new String[n][];
        this.kinds = arrays != null ? arrays.kinds : new int[n];
        this.surfaceRows = arrays != null ? arrays.surfaceRows : new String[n][];
        this.given = arrays != null ? arrays.given : new byte[n];
        this.heads = arrays != null ? arrays.heads : new byte[n];
        this.caps = arrays != null ? arrays.caps : new byte[n];
    }

    /** The entries of the tokens of {@code view} in {@code lang}. */
    static TokenEntries of(PersonLexicon lexicon, String lang, TokenView view, List<Token> tokens) {
        return new TokenEntries(lexicon, lang, view.text(), tokens, Tokens.lowered(view.text(), tokens, view), view);
    }

    /** Whether token {@code k} is a word. */
    boolean isWord(int k) {
        return lowered[k] != null;
    }

    /** Token {@code k} in lower case. */
    String lower(int k) {
        String s = lowered[k];
        if (s != null) {
            return s;
        }
        return view != null ? view.lower(k) : Tokens.lower(text, tokens.get(k));
    }

    /**
     * Whether token {@code k}, a word, is capitalised: the view's capital (upper or title case first, or a
     * caseless script) and {@link Tokens#capitalised} (a capital first, no acronym); the view must be given.
     */
    boolean capitalised(int k) {
        byte c = caps[k];
        if (c == 0) {
            c = (byte) (view.isCapitalised(k) && Tokens.capitalised(text, view.start(k), view.end(k)) ? 2 : 1);
            caps[k] = c;
        }
        return c == 2;
    }

    /** Where token {@code k} starts in the text. */
    int start(int k) {
        return view != null ? view.start(k) : tokens.get(k).span().start();
    }

    /** Where token {@code k} ends in the text. */
    int end(int k) {
        return view != null ? view.end(k) : tokens.get(k).span().end();
    }

    /**
     * The offset of the first hyphen of the text at or after the start of token {@code k}, or the text's
     * length when none stands there.
     *
     * <p>Design decision: the finders ask of every word whether it has a hyphen, most words have none, and
     * they ask in text order; so the text is searched from hyphen to hyphen, and a token starting between
     * the last search's start and the hyphen it found is answered without reading its characters.
     * Lower-casing adds no hyphen and removes none, so the answer holds for the lower-cased word too.
     */
    int nextHyphen(int k) {
        int s = start(k);
        if (s < hyphenFrom || s > hyphenAt) {
            int at = text.indexOf('-', s);
            hyphenFrom = s;
            hyphenAt = at < 0 ? text.length() : at;
        }
        return hyphenAt;
    }

    /**
     * Whether token {@code k} may have a {@link #head} ({@link PersonLexicon#mayBeHead}): false only when
     * it surely has none; the view must be given.
     */
    boolean mayBeHead(int k) {
        return lexicon.mayBeHead(view, k, german, hyphenated(k));
    }

    /** Whether token {@code k} has a hyphen. */
    boolean hyphenated(int k) {
        return nextHyphen(k) < end(k);
    }

    /** Token {@code k} as written. */
    String surface(int k) {
        return view != null ? view.surface(k) : tokens.get(k).span().of(text);
    }

    /** Whether token {@code k} in lower case is of {@code kind} ({@link PersonLexicon#is}). */
    boolean is(Kind kind, int k) {
        return (kinds(k) & 1 << kind.ordinal()) != 0;
    }

    /** Whether token {@code k} in lower case is of one of the kinds ({@link PersonLexicon#isAny}). */
    boolean isAny(int k, Kind a, Kind b, Kind c) {
        return (kinds(k) & (1 << a.ordinal() | 1 << b.ordinal() | 1 << c.ordinal())) != 0;
    }

    /** Whether token {@code k} in lower case is listed as a word of any kind ({@link PersonLexicon#listed}). */
    boolean listed(int k) {
        return (kinds(k) & LexiconMemo.LISTED) != 0;
    }

    /** Whether token {@code k} as written is an honorific. */
    boolean honorific(int k) {
        String[] d = surfaceRow(k);
        return d.length != 0 && d[Kind.HONORIFIC.ordinal()] != null;
    }

    /** The role token {@code k} as written gives as a title ({@link PersonLexicon#titleRole}), or null. */
    String titleRole(int k) {
        String[] d = surfaceRow(k);
        return d.length == 0 ? null : d[Kind.TITLE.ordinal()];
    }

    /**
     * The pronoun token {@code k} in lower case is ({@link PersonLexicon#pronoun}), or null: looked up in
     * the lexicon's few pronouns, not among all its words, since most tokens asked are asked nothing else.
     */
    Pronoun pronoun(int k) {
        return lexicon.pronoun(lower(k), lang);
    }

    /** The gender of token {@code k} as written as a known given name ({@link PersonLexicon#firstName}), or null. */
    Gender givenName(int k) {
        byte c = given[k];
        if (c == 0) {
            WordEntries w = note(k);
            if (w != null && w.given != 0) {
                c = w.given;
            } else {
                c = coded(memo.firstName(surface(k)));
                if (w != null) {
                    w.given = c;
                }
            }
            given[k] = c;
        }
        return decoded(c);
    }

    /** The gender of token {@code k} in lower case as a head noun ({@link PersonLexicon#head}), or null. */
    Gender head(int k) {
        byte c = heads[k];
        if (c == 0) {
            WordEntries w = note(k);
            if (w != null && w.head != 0) {
                c = w.head;
            } else {
                String[] row = lowerRow(k); // the word's entry, as the lexicon's first lookup of a head noun reads it
                String d = row.length == 0 ? null : row[Kind.HEAD.ordinal()];
                c = coded(d == null ? memo.headInParts(lower(k)) : d.isEmpty() ? Gender.UNKNOWN : Gender.fromCode(d));
                if (w != null) {
                    w.head = c;
                }
            }
            heads[k] = c;
        }
        return decoded(c);
    }

    /** A gender or none as one byte: {@link #NO_GENDER} for none, 2 and more for the genders in order. */
    private static byte coded(Gender g) {
        return g == null ? NO_GENDER : (byte) (g.ordinal() + 2);
    }

    private static Gender decoded(byte c) {
        return c == NO_GENDER ? null : GENDERS[c - 2];
    }

    private String[] lowerRow(int k) {
        kinds(k);
        return lowerRows[k];
    }

    /** The {@link #kinds} of token {@code k}, looked up (with its entry) on the first question. */
    private int kinds(int k) {
        int b = kinds[k];
        if (b == 0) {
            WordEntries w = note(k);
            if (w != null && w.kinds != 0 && w.row != null) {
                b = w.kinds;
                lowerRows[k] = w.row;
            } else {
                b = memo.kinds(lower(k), lowerRows, k);
                if (w != null) {
                    w.row = lowerRows[k];
                    w.kinds = b;
                }
            }
            kinds[k] = b;
        }
        return b;
    }

    /**
     * The {@link WordEntries} of this memo kept on the word of token {@code k}, made when the word keeps none; null
     * without a view, or when the word keeps another memo's (of another language: that language keeps them).
     */
    private WordEntries note(int k) {
        if (view == null) {
            return null;
        }
        Object note = view.note(NOTES, k);
        if (note instanceof WordEntries w) {
            return w.memo == memo ? w : null;
        }
        WordEntries w = new WordEntries(memo);
        view.note(NOTES, k, w);
        return w;
    }

    private String[] surfaceRow(int k) {
        String[] d = surfaceRows[k];
        if (d == null) {
            d = memo.written(surface(k));
            surfaceRows[k] = d;
        }
        return d;
    }
}
