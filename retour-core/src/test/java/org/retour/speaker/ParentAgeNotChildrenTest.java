package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Span;
import org.retour.person.Gender;
import org.retour.person.PersonDescription;

/**
 * A parent's noun followed by a number in figures describes a parent by their children (« la mère de 3 enfants »)
 * unless a word of age follows the number (« cette mère de 54 ans »): then it gives the person's age and says
 * nothing of a family.
 */
class ParentAgeNotChildrenTest {

    private static boolean ofChildren(String text, String description, String role, String lang) {
        int start = text.indexOf(description);
        PersonDescription d = new PersonDescription(new Span(start, start + description.length()), description, role,
                Gender.FEMALE, true);
        return ParentDescriptions.bundled().ofChildren(text, d, lang);
    }

    @Test
    void aNumberOfChildrenInFiguresDescribesAParent() {
        assertThat(ofChildren("Cette mère de 3 enfants a témoigné à Créteil.", "Cette mère", "mère", "fr")).isTrue();
        assertThat(ofChildren("La mère de trois enfants a témoigné.", "La mère", "mère", "fr")).isTrue();
        assertThat(ofChildren("Die Mutter von 2 Kindern sagte aus.", "Die Mutter", "mutter", "de")).isTrue();
    }

    @Test
    void aNumberFollowedByAWordOfAgeIsNoCountOfChildren() {
        assertThat(ofChildren("Cette mère de 54 ans, émue, a pris la parole.", "Cette mère", "mère", "fr")).isFalse();
        assertThat(ofChildren("Le père de 61 ans s'est tu.", "Le père", "père", "fr")).isFalse();
        assertThat(ofChildren("Der Vater von 58 Jahren schwieg.", "Der Vater", "vater", "de")).isFalse();
    }
}
