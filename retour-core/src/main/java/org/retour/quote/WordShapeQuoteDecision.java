package org.retour.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.retour.lang.Letters;

/**
 * Decides quote or not from the words: a known name or term, a proper-noun shape (every word but the
 * small ones capitalised: « l'Etat Islamique en Irak et au Levant », „Süddeutsche Zeitung“), a short term
 * after a determiner or a "so-called" marker (the so-called "caliphate"), a short term a naming word
 * announces (le surnom, « Nono »), or one or two words with no word of speech nearby are not quotes; long
 * or sentence-like text always is, and so is a formula said on its own (un « pardon ») or a short text
 * after a determiner after a verb of speech (a dit sa « joie »).
 *
 * <p>Immutable and thread-safe.
 */
public final class WordShapeQuoteDecision implements QuoteDecision {

    /** Text of at least this many words is always a quote. */
    static final int LONG_WORDS = 9;
    /** A term after a determiner or marker has at most this many words. */
    static final int ANNOUNCED_TERM_WORDS = 4;
    /** With no speech nearby, this many words or fewer make a term rather than a quote. */
    static final int BARE_TERM_WORDS = 2;

    private final NotQuoteLexicon lexicon;

    public WordShapeQuoteDecision(NotQuoteLexicon lexicon) {
        this.lexicon = java.util.Objects.requireNonNull(lexicon);
    }

    /** The decision with the bundled lexicon. */
    public static WordShapeQuoteDecision bundled() {
        return new WordShapeQuoteDecision(NotQuoteLexicon.bundled());
    }

    @Override
    public boolean isQuote(String inner, MarkContext context, String language) {
        return isQuote(inner, () -> context, language);
    }

    /**
     * Design decision: a text of {@link #LONG_WORDS} words or more, or with a sentence's end inside, is
     * decided by its own words, and most marked text is such a quote, so the words around the marks are
     * read after that test, not before.
     */
    @Override
    public boolean isQuote(String inner, Supplier<MarkContext> contexts, String language) {
        int count = wordCount(inner, LONG_WORDS);
        if (count == 0) {
            return false;
        }
        String norm = null; // the text normalised, made once for the two look-ups that may need it
        if (mayBeKnownName(inner) && lexicon.mayEndAName(inner)) {
            norm = stripEndPunctuation(NotQuoteLexicon.normalize(inner));
            if (lexicon.isKnownName(norm) || lexicon.isKnownName(withoutFirstWord(norm, language))) {
                return false;
            }
        }
        if (count >= LONG_WORDS || hasInnerSentenceEnd(inner)) {
            return true;
        }
        MarkContext context = contexts.get();
        if (titled(inner, context, language)) {
            return false; // "un livre, « Revenir du califat »", "« Le Mauvais Côté du fleuve », récit de …"
        }
        if (codeShaped(inner)) {
            return false; // identified only as "R12": a code name, never someone's words
        }
        boolean named = count <= ANNOUNCED_TERM_WORDS && named(context, language);
        if (count <= BARE_TERM_WORDS && lexicon.isSaid(
                norm != null ? norm : stripEndPunctuation(NotQuoteLexicon.normalize(inner)), language)) {
            return !named; // "s'est contenté d'un « pardon »", but "le mot « pardon »"
        }
        if (named) {
            return false;
        }
        if (asks(inner) && context.speechNearby()) {
            return true; // "« Pourquoi la Syrie ? » demande-t-elle": a question put, not a name
        }
        // count < LONG_WORDS here, so it is the exact number of the text's words
        int words = count;
        boolean marked = lexicon.isMarker(context.wordBefore(), language) || lexicon.isMarker(context.wordBefore2(), language);
        if (context.sourced() && !marked) {
            // "des « espions de Ben Ali », selon l'expression d'un émir", "« Raconte-leur pour Oum Salma », dit-elle":
            // words a source or a verb of speech right after the marks gives to someone
            return true;
        }
        if (nameShaped(inner, language) && (words >= 2 || !context.speechNearby())) {
            return false;
        }
        if (words <= ANNOUNCED_TERM_WORDS && calledBySomeone(context.lead(), language)) {
            return true; // "what he called his "three wasted years"": one person's words, not a name
        }
        // "added that "almost none" had been offered": after speech, "that" opens the clause the phrase begins
        boolean clause = words >= 2 && context.speechNearby() && lexicon.isClauseWord(context.wordBefore(), language);
        boolean announced = !clause && lexicon.isDeterminer(context.wordBefore(), language) || marked;
        if (announced && words <= ANNOUNCED_TERM_WORDS) {
            // "a dit sa « joie mêlée de colère »": a phrase after a determiner right after a verb of speech is
            // the speaker's, but one word (« décrit les « trahisons » ») or a phrase pointed back at (« défend
            // ce « choc des témoignages » ») is a term
            return context.speechBefore2() && words >= 2 && lexicon.isDeterminer(context.wordBefore(), language)
                    && !lexicon.isDemonstrative(context.wordBefore(), language);
        }
        return !(words <= BARE_TERM_WORDS && !context.speechNearby() && !context.wordBefore().isEmpty());
    }

    /**
     * Whether the words around the marks name a term: a naming word among the words before or the first two
     * after (« le surnom, « … » », « le mot « … » », « « … », le nom que … », « « … » entre guillemets »,
     * « une pancarte : « … » »), or a verb of calling with a collective subject before (« qu'on appelait « … » »,
     * « qu'ils appellent entre eux « … » »).
     */
    private boolean named(MarkContext context, String language) {
        List<String> lead = context.lead();
        for (int i = 0; i < lead.size(); i++) {
            String w = lead.get(i);
            if (lexicon.isNaming(w, language)) {
                return true;
            }
            if (lexicon.isCallVerb(w, language) && collectiveNear(lead, i, language)) {
                return true;
            }
        }
        List<String> tail = context.tail();
        for (int i = 0; i < Math.min(2, tail.size()); i++) {
            if (lexicon.isNaming(tail.get(i), language)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text is the title of a work a noun beside it names: it starts with a capital letter and a noun
     * of a work stands right before the marks (over a comma: « le podcast « Revenir » », « un livre, « … » ») or
     * right after them past a comma (« « … », récit de … »); with a word of speech near, only a noun right before
     * the marks counts, as « son livre : « … » » or « « … », rapport en main » may open someone's words.
     */
    private boolean titled(String inner, MarkContext context, String language) {
        if (!startsUpper(inner)) {
            return false;
        }
        List<String> lead = context.lead();
        if (!lead.isEmpty() && lexicon.isWork(lead.get(0), language)
                && (!context.speechNearby() || lead.get(0).equals(context.wordBefore()))) {
            return true;
        }
        List<String> tail = context.tail();
        return !tail.isEmpty() && !context.speechNearby() && lexicon.isWork(tail.get(0), language);
    }

    /** Whether the text's first letter is a capital. */
    private static boolean startsUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c);
            }
        }
        return false;
    }

    /**
     * Whether the text is one code: a single word of capital letters and digits, with both ("R12", "D4", "X-7"),
     * as a code name or a file number is written.
     */
    static boolean codeShaped(String inner) {
        String s = inner.strip();
        if (s.isEmpty() || s.length() > 12) {
            return false;
        }
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                letter = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '-') {
                return false;
            }
        }
        return letter && digit;
    }

    /**
     * Whether the lead words hold a verb of calling right after a person subject (« ce qu'il appelle « … » »,
     * "what she called her "…"", "who called them "…""): the words are that person's.
     */
    private boolean calledBySomeone(List<String> lead, String language) {
        for (int i = 0; i + 1 < lead.size(); i++) {
            if (lexicon.isCallVerb(lead.get(i), language) && lexicon.isSubject(lead.get(i + 1), language)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a collective word stands among the lead words on either side of the verb at {@code verb}, next but one. */
    private boolean collectiveNear(List<String> lead, int verb, String language) {
        for (int k = Math.max(0, verb - 2); k < Math.min(lead.size(), verb + 3); k++) {
            if (k != verb && lexicon.isCollective(lead.get(k), language)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text ends with a question or exclamation mark (spaces after it aside). */
    static boolean asks(String inner) {
        int i = inner.length() - 1;
        while (i >= 0 && MarkQuoteExtractor.isBlank(inner.charAt(i))) {
            i--;
        }
        return i >= 0 && (inner.charAt(i) == '?' || inner.charAt(i) == '!' || inner.charAt(i) == '؟');
    }

    /**
     * {@link #nameShaped(List, String)} of the {@link #words} of {@code s}, each cut out only when the
     * words before it left the question open. Design decision: most marked text fails at its first word
     * in lower case, so the words after it are never copied out.
     */
    boolean nameShaped(String s, String language) {
        int capitalised = 0;
        for (MarkedWords w = new MarkedWords(s); w.advance(); ) {
            int shape = shape(w.word(), language);
            if (shape < 0) {
                return false;
            }
            capitalised += shape;
        }
        return capitalised > 0;
    }

    /** Whether every word but the small ones starts with a capital letter, and one at least does. */
    boolean nameShaped(List<String> words, String language) {
        int capitalised = 0;
        for (String w : words) {
            int shape = shape(w, language);
            if (shape < 0) {
                return false;
            }
            capitalised += shape;
        }
        return capitalised > 0;
    }

    /** 1 for a word of a name that starts with a capital, 0 for a small word or a number, -1 for any other. */
    private int shape(String w, String language) {
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (lexicon.isFunctionWord(lower, language)) {
            return 0;
        }
        String core = withoutElision(w);
        if (core.isEmpty()) {
            return 0;
        }
        int cp = core.codePointAt(0);
        if (Character.isUpperCase(cp) || Character.isTitleCase(cp)) {
            return 1;
        }
        return Character.isDigit(cp) ? 0 : -1;
    }

    /**
     * Whether {@code inner}, normalised, may be a known name with or without its first word: false when
     * it has more parts with a letter or digit between spaces than the longest name has words plus one.
     * Design decision: most marked text is a long quote, and this count spares normalising it.
     */
    private boolean mayBeKnownName(String inner) {
        int most = lexicon.maxNameWords() + 1;
        int parts = 0;
        boolean inPart = false;
        boolean letter = false;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (isSpace(c)) {
                parts += inPart && letter ? 1 : 0;
                if (parts > most) {
                    return false;
                }
                inPart = false;
                letter = false;
            } else {
                inPart = true;
                letter |= isLetterOrDigit(c);
            }
        }
        parts += inPart && letter ? 1 : 0;
        return parts <= most;
    }

    /** The number of {@link #words} of {@code s}, counted without building them. */
    static int wordCount(String s) {
        return wordCount(s, Integer.MAX_VALUE);
    }

    /**
     * The number of {@link #words} of {@code s}, or {@code enough} when it has at least that many; counting
     * stops there, as a long quote needs no exact count.
     */
    static int wordCount(String s, int enough) {
        int count = 0;
        int i = 0;
        int n = s.length();
        while (i < n && count < enough) {
            while (i < n && MarkQuoteExtractor.isBlank(s.charAt(i))) {
                i++;
            }
            boolean letter = false;
            while (i < n && !MarkQuoteExtractor.isBlank(s.charAt(i))) {
                letter |= isLetterOrDigit(s.charAt(i));
                i++;
            }
            count += letter ? 1 : 0;
        }
        return count;
    }

    /** {@link Character#isLetterOrDigit(char)}, read from the {@link Letters} table. */
    static boolean isLetterOrDigit(char c) {
        return (Letters.of(c) & (Letters.LETTER | Letters.DIGIT)) != 0;
    }

    /** {@link Character#isWhitespace(char)} or {@link Character#isSpaceChar(char)}, read from the {@link Letters} table. */
    static boolean isSpace(char c) {
        return (Letters.of(c) & Letters.SPACE) != 0 && c != '\uFEFF';
    }

    /** The words of {@code s}: whitespace-separated, trimmed of punctuation, with a letter or digit. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (MarkedWords w = new MarkedWords(s); w.advance(); ) {
            out.add(w.word());
        }
        return out;
    }

    private static String withoutElision(String w) {
        for (int k = 1; k <= 3 && k < w.length(); k++) {
            char c = w.charAt(k);
            if (c == '\'' || c == '’') {
                return w.substring(k + 1);
            }
            if (!Character.isLetter(c)) {
                break;
            }
        }
        if (w.startsWith("al-") || w.startsWith("el-")) {
            return w.substring(3);
        }
        return w;
    }

    String withoutFirstWord(String norm, String language) {
        int sp = norm.indexOf(' ');
        int ap = norm.indexOf('\'');
        if (ap > 0 && ap <= 3 && (sp < 0 || ap < sp)) {
            return norm.substring(ap + 1);
        }
        if (sp > 0 && lexicon.isDeterminer(norm.substring(0, sp), language)) {
            return norm.substring(sp + 1);
        }
        return norm;
    }

    static String stripEndPunctuation(String s) {
        int e = s.length();
        while (e > 0 && !Character.isLetterOrDigit(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(0, e);
    }

    private static boolean hasInnerSentenceEnd(String s) {
        for (int i = 1; i + 2 < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '.' || c == '!' || c == '?' || c == '؟') && Character.isWhitespace(s.charAt(i + 1))
                    && Character.isLetter(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 2))) {
                return true;
            }
        }
        return false;
    }
}
