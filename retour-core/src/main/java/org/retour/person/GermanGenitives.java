package org.retour.person;

/**
 * A German name in the genitive before the noun it determines ("Birte Hansens Tochter", "Anna Petersens Anwalt"):
 * the name ends before the noun, and its genitive s is no part of it.
 *
 * <p>German capitalises every noun, so a run of capitalised words would take the noun into the name. A name's
 * genitive is its last word with an s added (names ending in s, ß, x or z take an apostrophe instead), and a
 * name in the genitive before a noun of a person makes that noun someone of theirs.
 *
 * <p>Reads the tokens of one run. Stateless and thread-safe.
 */
final class GermanGenitives {

    private GermanGenitives() {
    }

    /**
     * Whether the run of name words that starts at token {@code i} ends before token {@code j}, a noun of a
     * person (a head of the lexicon), because token {@code j - 1} is the genitive of a name after a given name.
     */
    static boolean endsBefore(NameWords wd, int i, int j, String lang) {
        if (!"de".equals(lang) || j - 1 <= i || j >= wd.size() || wd.entries.head(j) == null || !wd.adjacent(j - 1)
                || !genitive(wd, j - 1)) {
            return false;
        }
        for (int k = i; k < j - 1; k++) {
            if (wd.givenName(k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code k} ends in a genitive s after at least three letters and is no given name of its own
     * ("Hansens"; not "Thomas", "Hans" nor "Jonas").
     */
    private static boolean genitive(NameWords wd, int k) {
        int start = wd.entries.start(k);
        int end = wd.entries.end(k);
        return end - start > 3 && wd.text.charAt(end - 1) == 's' && Character.isLetter(wd.text.charAt(end - 2))
                && wd.givenName(k) == null;
    }
}
