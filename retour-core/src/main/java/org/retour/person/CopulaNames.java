package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Entity;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The name a copula gives the description that is its subject, from {@code org/retour/person/copulas.txt}: « L'un
 * d'eux est Karim, 31 ans », "One of them is Ahmed, 26, from Birmingham", „Einer von ihnen ist Sven M.“: the
 * description and the name are one person.
 *
 * <p>Immutable and thread-safe.
 */
final class CopulaNames {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/copulas.txt";
    /** The most characters between a description and the name its copula gives (" était "). */
    static final int COPULA_REACH = 12;
    private static final CopulaNames BUNDLED = new CopulaNames(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> copulas;

    /** Copulas from lines {@code "lang verb"}. */
    CopulaNames(List<String> lines) {
        this.copulas = ResourceLines.byLanguage(lines, true);
    }

    /** Whether {@code lower}, a word in lower case, is a copula of {@code lang} ("est", "was", "ist"). */
    boolean copula(String lower, String lang) {
        Set<String> verbs = copulas.get(lang);
        return verbs != null && verbs.contains(lower);
    }

    /** The bundled copulas. */
    static CopulaNames bundled() {
        return BUNDLED;
    }

    /**
     * The person named right after the copula that follows description {@code d}, when the gender fits, the
     * description is no complement of a preposition before it (« le frère de l'un d'eux est Karim ») and the
     * name is no owner of a noun after it ("One of them is Ahmed's brother"); else null.
     */
    Entity named(String text, List<Referent> named, PersonDescription d, PersonLexicon lexicon, String lang) {
        int end = copulaEnd(text, d.span().end(), lang);
        if (end < 0) {
            return null;
        }
        for (Referent r : DescriptionNames.near(named, d.span(), COPULA_REACH)) {
            if (r.span().start() == end + 1 && r.gender().compatible(d.gender()) && !possessive(text, r.span().end())
                    && !afterPreposition(text, d.span().start(), lexicon, lang)) {
                return r.person();
            }
        }
        return null;
    }

    /**
     * Whether a partitive {@code d} is the subject of a copula whose complement is one word in lower case, after a
     * determiner or none, that names no person, and ends the clause ("One reason is money. Another is rank.", « Une
     * autre est la peur. », „Ein anderer ist Geld.“ written in lower case aside): the partitive counts things, not
     * people.
     */
    boolean countsThings(String text, PersonDescription d, PersonLexicon lexicon, String lang) {
        int end = copulaEnd(text, d.span().end(), lang);
        if (end < 0) {
            return false;
        }
        int start = end + 1;
        int wordEnd = wordEnd(text, start);
        if (wordEnd > start && lexicon.is(PersonLexicon.Kind.DET, text.substring(start, wordEnd), lang)
                && wordEnd < text.length() && text.charAt(wordEnd) == ' ') {
            start = wordEnd + 1;
            wordEnd = wordEnd(text, start);
        }
        if (wordEnd == start || !Character.isLowerCase(text.charAt(start)) || wordEnd >= text.length()
                || ".;:!?".indexOf(text.charAt(wordEnd)) < 0) {
            return false;
        }
        String w = text.substring(start, wordEnd).toLowerCase(java.util.Locale.ROOT);
        return !lexicon.headOrPlural(w, lang) && lexicon.gender(PersonLexicon.Kind.DEMONYM, w, lang) == null;
    }

    /** The offset of the space after the copula that follows a space at {@code from}, or -1 when none does. */
    private int copulaEnd(String text, int from, String lang) {
        Set<String> verbs = copulas.get(lang);
        if (verbs == null || from >= text.length() || text.charAt(from) != ' ') {
            return -1;
        }
        int end = wordEnd(text, from + 1);
        return end > from + 1 && end < text.length() && text.charAt(end) == ' '
                && verbs.contains(text.substring(from + 1, end).toLowerCase(java.util.Locale.ROOT)) ? end : -1;
    }

    /** The end of the run of letters (and apostrophes inside it) starting at {@code start}. */
    private static int wordEnd(String text, int start) {
        int end = start;
        while (end < text.length() && (Character.isLetter(text.charAt(end))
                || end > start && (text.charAt(end) == '\'' || text.charAt(end) == '\u2019'))) {
            end++;
        }
        return end;
    }

    /** Whether an owner's ending follows a name ending at {@code at} ("Ahmed's", "Ahmed’s"). */
    private static boolean possessive(String text, int at) {
        return at + 1 < text.length() && (text.charAt(at) == '\'' || text.charAt(at) == '\u2019')
                && (text.charAt(at + 1) == 's' || text.charAt(at + 1) == 'S');
    }

    /** Whether the word right before {@code at} is a preposition (« le frère de l'un d'eux », "the son of one of them"). */
    private static boolean afterPreposition(String text, int at, PersonLexicon lexicon, String lang) {
        int end = at;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return start < end && lexicon.is(PersonLexicon.Kind.PREP, text.substring(start, end), lang);
    }
}
