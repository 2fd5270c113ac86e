package org.retour.speaker;

/**
 * What a description's role says of an age, as {@link AgeWords} reads it for one language: a rank by age, the decade
 * a decade noun names, whether it gives an age or says nothing but an age or a sex, and whether it holds a figure.
 *
 * @param rank    1 for the elder, -1 for the younger, 0 for neither ({@link AgeWords#rank})
 * @param decade  the first year of the decade a decade noun names, or 0 ({@link AgeWords#decade})
 * @param aged    whether the role gives an age ({@link AgeWords#aged})
 * @param plain   whether the role says nothing of who but an age or a sex ({@link AgeWords#plain})
 * @param figure  whether the role holds a digit ("the 29-year-old")
 * @param ownAge  the age in figures the role's own words give ("29-year-old", "28-Jährige"), or -1 when
 *                they give none
 */
record RoleAges(int rank, int decade, boolean aged, boolean plain, boolean figure, int ownAge) {

    /** What nothing says: the reading of a null role. */
    static final RoleAges NONE = new RoleAges(0, 0, false, false, false, -1);

    /** An age in figures in a description's own words: "29-year-old", "28-Jährige", not a year. */
    private static final java.util.regex.Pattern OWN_AGE = java.util.regex.Pattern.compile("(?<!\\d)(\\d{1,2})(?!\\d)");

    /** The reading of {@code role} in {@code lang}. */
    static RoleAges of(String role, String lang) {
        if (role == null) {
            return NONE;
        }
        AgeWords words = AgeWords.bundled();
        boolean figure = role.chars().anyMatch(Character::isDigit);
        int own = -1;
        if (figure) {
            java.util.regex.Matcher m = OWN_AGE.matcher(role);
            own = m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
        return new RoleAges(words.rank(role, lang), words.decade(role, lang), words.aged(role, lang),
                words.plain(role, lang), figure, own);
    }
}
