package org.retour.person;

/**
 * The letters a court or a newsroom names a person by, in capitals ("who can be identified only as QX", "known in
 * court only as K"): a word of one to three capital letters or digits, opening with a letter, right after a naming
 * phrase ({@link NamingPhrases}) is a person's name though it reads like an acronym.
 *
 * <p>Stateless and thread-safe.
 */
final class CodeNames {

    /** The most characters a code name has. */
    private static final int LONGEST = 3;

    private CodeNames() {
    }

    /** Whether token {@code k}, which no organisation or place takes, is a code name a naming phrase gives. */
    static boolean at(NameWords wd, int k, boolean[] other, String lang) {
        int s = wd.entries.start(k);
        return shaped(wd, k, other)
                && NamingPhrases.bundled().introducesName(wd.text, Math.max(0, s - NameEvidence.NAMING_WINDOW), s, lang);
    }

    /**
     * Whether token {@code k}, which no organisation or place takes, is written as a code name is: one to three
     * capital letters or digits, a letter first ("QX" again after "identified only as QX").
     */
    static boolean shaped(NameWords wd, int k, boolean[] other) {
        if (!wd.entries.isWord(k) || other[k]) {
            return false;
        }
        int s = wd.entries.start(k);
        int e = wd.entries.end(k);
        if (e - s > LONGEST || !Character.isUpperCase(wd.text.charAt(s))) {
            return false;
        }
        for (int c = s; c < e; c++) {
            char ch = wd.text.charAt(c);
            if (!Character.isUpperCase(ch) && !Character.isDigit(ch)) {
                return false;
            }
        }
        return true;
    }
}
