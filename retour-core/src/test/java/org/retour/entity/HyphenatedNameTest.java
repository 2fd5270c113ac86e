package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.entity.Articles.organisationMentions;

import org.junit.jupiter.api.Test;

/**
 * A listed name of several words whose last word heads a hyphenated token ("Islamic State-held Syria") is found up to
 * the hyphen, and the place after it is no national branch of it.
 */
class HyphenatedNameTest {

    @Test
    void aListedNameEndsAtTheHyphenOfItsLastWord() {
        assertThat(organisationMentions("He spent two years in Islamic State-held Syria.", "en"))
                .containsExactly("Islamic State");
        assertThat(organisationMentions("She was held in a Syrian Democratic Forces-run camp.", "en"))
                .containsExactly("Syrian Democratic Forces");
    }

    @Test
    void aNameAloneStaysWhole() {
        assertThat(organisationMentions("He left the Islamic State in 2016.", "en")).containsExactly("Islamic State");
    }
}
