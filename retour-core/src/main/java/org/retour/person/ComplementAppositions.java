package org.retour.person;

import java.util.List;
import java.util.Locale;
import org.retour.model.Entity;
import org.retour.person.Referents.Referent;
import org.retour.resource.GrammarWords;

/**
 * A name in apposition after a description and its complement or a short relative clause: "Un responsable du
 * conseil civil de Raqqa, Mahmoud al-Hassan, affirme …", "A spokesman for the Public Prosecution Service, Wim de
 * Bruin, said …", « L'autre ancien combattant que nous avons rencontré, Issa Modou, 34 ans, … », "The other
 * returnee who agreed to talk, Idriss Kone, 31, …": the description stands for the person so named.
 *
 * <p>Stateless and thread-safe.
 */
final class ComplementAppositions {

    /** The most characters between a description and the name apposed after its complement. */
    static final int COMPLEMENT_REACH = 90;
    /** The most words of a description's complement before the comma of the name apposed to it. */
    static final int COMPLEMENT_WORDS = 8;

    private static final GrammarWords RELATIVES = GrammarWords.bundled();

    private ComplementAppositions() {
    }

    /**
     * The person named in apposition after a description's complement, which a preposition opens among its
     * first two words ("Un responsable du conseil civil de Raqqa, Mahmoud al-Hassan, affirme", "A spokesman
     * for the Public Prosecution Service, Wim de Bruin, said", « Le responsable kurde de la prison, le colonel
     * Karwan Rashid, affirme », « Pour sa conseillère chez Retisser, Hélène Marchal, « … » »), or after a short
     * relative clause (« L'autre ancien combattant que nous avons rencontré, Issa Modou, 34 ans, »), when the gender
     * fits; else null.
     */
    static Entity named(String text, List<Referent> named, PersonDescription d, PersonLexicon lexicon, String lang) {
        int comma = complementComma(text, d.span().end(), lexicon, lang);
        if (comma < 0) {
            return null;
        }
        for (Referent r : DescriptionNames.near(named, d.span(), COMPLEMENT_REACH)) {
            if (r.span().start() >= comma && r.span().start() - d.span().end() <= COMPLEMENT_REACH
                    && r.gender().compatible(d.gender())
                    && TitleGaps.titles(text, comma, r.span().start()) // as DescriptionNames.TITLES matches it
                    && !Tokens.opensClauseAfterName(text, r.span().end())) {
                return r.person();
            }
        }
        return null;
    }

    /**
     * The offset right after the comma that closes a description's complement starting at {@code from}: at
     * most {@link #COMPLEMENT_WORDS} words on one line, a preposition among the first two or a relative pronoun
     * first and a word after it (« que nous avons rencontré, »); else -1.
     *
     * <p>Design decision: most descriptions are followed by no such comma, so the first two words are looked up
     * only once the comma is found.
     */
    private static int complementComma(String text, int from, PersonLexicon lexicon, String lang) {
        int i = from;
        // where the first two words start and end, asked for prepositions at the comma only
        int firstStart = 0;
        int firstEnd = 0;
        int secondStart = 0;
        int secondEnd = 0;
        for (int words = 0; words <= COMPLEMENT_WORDS; words++) {
            int start = i;
            while (i < text.length() && text.charAt(i) == ' ') {
                i++;
            }
            if (i < text.length() && text.charAt(i) == ',') {
                return words > 0 && (preposition(text, firstStart, firstEnd, lexicon, lang)
                        || words > 1 && preposition(text, secondStart, secondEnd, lexicon, lang)
                        || words > 1 && relative(text, firstStart, firstEnd, lang)) ? i + 1 : -1;
            }
            if (i == start) {
                return -1;
            }
            int end = wordEnd(text, i);
            if (end == i) {
                return -1;
            }
            if (words == 0) {
                firstStart = i;
                firstEnd = end;
            } else if (words == 1) {
                secondStart = i;
                secondEnd = end;
            }
            i = end;
        }
        return -1;
    }

    /** Whether the word {@code text[start, end)} in lower case is a relative pronoun (« que », "who"). */
    private static boolean relative(String text, int start, int end, String lang) {
        return RELATIVES.of(GrammarWords.Kind.RELATIVE, lang).contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** Whether the word {@code text[start, end)} in lower case is a preposition ({@link #preposition(String, PersonLexicon, String)}). */
    private static boolean preposition(String text, int start, int end, PersonLexicon lexicon, String lang) {
        return preposition(text.substring(start, end).toLowerCase(Locale.ROOT), lexicon, lang);
    }

    /** Whether a lower-cased word is a preposition, or opens with an elided one ("d'Alep"). */
    private static boolean preposition(String w, PersonLexicon lexicon, String lang) {
        if (lexicon.is(PersonLexicon.Kind.PREP, w, lang)) {
            return true;
        }
        for (int k = 1; k < w.length() - 1; k++) {
            if (isApostrophe(w.charAt(k))) {
                return lexicon.is(PersonLexicon.Kind.PREP, w.substring(0, k) + "'", lang);
            }
        }
        return false;
    }

    /** The end of the word starting at {@code i}: letters, digits, hyphens and apostrophes. */
    private static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && (Character.isLetterOrDigit(text.charAt(j)) || text.charAt(j) == '-'
                || isApostrophe(text.charAt(j)))) {
            j++;
        }
        return j;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
