package org.retour.speaker;

import java.util.Set;
import org.retour.person.Gender;
import org.retour.resource.KindWords;
import org.retour.resource.ResourceLines;

/**
 * The gender of the owner a possessive determiner tells, in the languages where it agrees with its owner: "his
 * mother" is a man's mother, "her daughter" a woman's, „seine Schwester“ a man's sister; French « sa mère » tells
 * nothing. Words come from {@code owner-genders.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class OwnerGenders {

    private static final KindWords WORDS = KindWords.read(ResourceLines.classpath("org/retour/speaker/owner-genders.txt"),
            Set.of("male", "female"), "owner genders");

    private OwnerGenders() {
    }

    /** The gender of the owner of lower-cased possessive {@code word} in {@code lang}, or UNKNOWN. */
    static Gender of(String word, String lang) {
        return WORDS.is("male", word, lang) ? Gender.MALE : WORDS.is("female", word, lang) ? Gender.FEMALE : Gender.UNKNOWN;
    }

    /** The gender of the owner the possessive opening a description's text tells ("His sister, …": male), or UNKNOWN. */
    static Gender ofDescription(String text, String lang) {
        return of(IntroducedDescriptions.firstWord(text).toLowerCase(java.util.Locale.ROOT), lang);
    }
}
