package org.retour.person;

/**
 * A name that is the complement of a noun of a person before it (« Le père d'Issouf », "the lawyer of Omar Haddad"):
 * what stands in apposition after such a name (« Le père d'Issouf, un cultivateur d'anacarde, dit … ») describes the
 * noun's person, not the name's.
 *
 * <p>Stateless and thread-safe.
 */
final class PersonNounComplements {

    private PersonNounComplements() {
    }

    /**
     * Whether the name starting at {@code start} is the complement of a noun of a person right before it and a
     * preposition (« Le père d'Issouf, un cultivateur d'anacarde, dit … »): the description after the name stands for
     * that person, not for the name.
     */
    static boolean complement(String text, int start, PersonLexicon lexicon, String lang) {
        int i = start;
        while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        int prepEnd = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        if (i == prepEnd && i > 0 && (text.charAt(i - 1) == '\'' || text.charAt(i - 1) == '’')) {
            i--; // « d'Issouf », « d’Issouf »
            while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
                i--;
            }
        }
        String prep = text.substring(i, prepEnd).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        if (prep.isEmpty() || !lexicon.is(PersonLexicon.Kind.PREP, prep, lang)) {
            return false;
        }
        int nounEnd = i;
        while (nounEnd > 0 && Character.isWhitespace(text.charAt(nounEnd - 1))) {
            nounEnd--;
        }
        int nounStart = nounEnd;
        while (nounStart > 0 && (Character.isLetter(text.charAt(nounStart - 1)) || text.charAt(nounStart - 1) == '-')) {
            nounStart--;
        }
        return nounStart < nounEnd
                && lexicon.head(text.substring(nounStart, nounEnd).toLowerCase(java.util.Locale.ROOT), lang) != null;
    }
}
