package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.entity.Articles.organisationMentions;

import org.junit.jupiter.api.Test;

/**
 * Programmes, divisions, units and governments head organisations' names, and in English a name whose only head stands
 * after "of" begins after it: the words before are a person and a title, not part of the name.
 */
class OrganisationHeadAfterOfTest {

    @Test
    void aProgrammeAndADivisionHeadNames() {
        assertThat(organisationMentions("According to the Program on Extremism, about 300 Americans tried to travel.", "en"))
                .containsExactly("Program on Extremism");
        assertThat(organisationMentions("The Kurdistan Regional Government said it would not comment.", "en"))
                .containsExactly("Kurdistan Regional Government");
    }

    @Test
    void aPersonBeforeOfIsNoPartOfTheNameAfterIt() {
        assertThat(organisationMentions("Senior Asst Comm Razali Hamdan of the Counter Terrorism Division said so.", "en"))
                .containsExactly("Counter Terrorism Division");
    }

    @Test
    void aHeadBeforeOfKeepsTheWholeName() {
        assertThat(organisationMentions("The Ministry of Justice in Baghdad declined to comment.", "en"))
                .containsExactly("Ministry of Justice");
    }
}
