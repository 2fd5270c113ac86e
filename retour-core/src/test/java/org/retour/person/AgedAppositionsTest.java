package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An age between commas after a name is read in place at UTF-16 offsets: ", 34, " between "Nadia Mir" and "a
 * pharmacist", past surrogate pairs and accented letters; a number of four digits, a unit after the age or no
 * comma after it is no age in apposition.
 */
class AgedAppositionsTest {

    @Test
    void anAgeBetweenCommasStandsBetweenNameAndDescription() {
        String text = "😊 Hélène Mir, 34, a pharmacist; Zoë, 7, une élève; Ali, 1990, a clerk; Lé, 34 ans, une sœur";
        int name = text.indexOf(", 34, a");
        assertThat(AgedAppositions.between(text, name, text.indexOf("a pharmacist"))).isTrue();
        assertThat(AgedAppositions.pastAge(text, text.indexOf("a pharmacist"))).isTrue();
        assertThat(AgedAppositions.between(text, text.indexOf(", 7,"), text.indexOf("une élève"))).isTrue();
        assertThat(AgedAppositions.pastAge(text, text.indexOf("une élève"))).isTrue();
        assertThat(AgedAppositions.between(text, text.indexOf(", 1990"), text.indexOf("a clerk"))).isFalse();
        assertThat(AgedAppositions.pastAge(text, text.indexOf("a clerk"))).isFalse();
        assertThat(AgedAppositions.pastAge(text, text.indexOf("une sœur"))).isFalse();
        assertThat(AgedAppositions.pastAge(text, text.indexOf("Hélène"))).isFalse();
        assertThat(AgedAppositions.between(text, name, text.indexOf(" pharmacist"))).isFalse();
    }

    @Test
    void aBareCommaIsNoAge() {
        String text = "Nadia Mir, a pharmacist";
        assertThat(AgedAppositions.between(text, 9, 11)).isFalse();
        assertThat(AgedAppositions.pastAge(text, 11)).isFalse();
        assertThat(AgedAppositions.pastAge("34, a", 4)).isFalse();
    }
}
