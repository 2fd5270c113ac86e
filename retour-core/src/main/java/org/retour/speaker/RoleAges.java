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

    /** What separates a role's words, as {@link AgeWords} reads them: white space and hyphens. */
    private static final java.util.regex.Pattern WORD_BREAKS = java.util.regex.Pattern.compile("[\\s-]+");

    /** The words of {@link AgeWords#RESOURCE} by language, read as {@link AgeWords} reads them. */
    private static final java.util.Map<String, java.util.Map<String, AgeWords.Kind>> WORDS =
            org.retour.resource.ResourceLines.kindsByLanguage(
                    org.retour.resource.ResourceLines.classpath(AgeWords.RESOURCE), AgeWords.Kind.class, "ages", false);

    /**
     * The reading of {@code role} in {@code lang}: what {@link AgeWords#rank}, {@link AgeWords#decade},
     * {@link AgeWords#aged} and {@link AgeWords#plain} answer, from one pass over the role's words.
     */
    static RoleAges of(String role, String lang) {
        if (role == null) {
            return NONE;
        }
        boolean figure = false;
        for (int i = 0; i < role.length() && !figure; i++) {
            figure = Character.isDigit(role.charAt(i));
        }
        int own = -1;
        if (figure) {
            java.util.regex.Matcher m = OWN_AGE.matcher(role);
            own = m.find() ? Integer.parseInt(m.group(1)) : -1;
        }
        java.util.Map<String, AgeWords.Kind> words = WORDS.get(lang);
        if (words == null) {
            return new RoleAges(0, 0, figure, figure, figure, own);
        }
        boolean elder = false;
        boolean younger = false;
        boolean old = false;
        boolean plain = false;
        int decade = 0;
        for (String w : WORD_BREAKS.split(role.toLowerCase(java.util.Locale.ROOT))) {
            AgeWords.Kind k = words.get(w);
            if (k == null) {
                continue;
            }
            elder |= k == AgeWords.Kind.ELDER;
            younger |= k == AgeWords.Kind.YOUNGER;
            old |= k == AgeWords.Kind.OLD;
            plain |= k == AgeWords.Kind.PLAIN;
            if (decade == 0 && k.ordinal() >= AgeWords.Kind.TWENTIES.ordinal()) {
                decade = 20 + 10 * (k.ordinal() - AgeWords.Kind.TWENTIES.ordinal()); // the first decade noun
            }
        }
        boolean aged = figure || old;
        return new RoleAges(elder ? 1 : younger ? -1 : 0, decade, aged, aged || plain || decade > 0, figure, own);
    }
}
