package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.entity.Articles.organisationMentions;

import org.junit.jupiter.api.Test;

/** A weekday or a month after a connector ends an organisation's name, and one before it is no part of it. */
class CalendarWordEndsNameTest {


    @Test
    void aDayAfterOnEndsTheName() {
        assertThat(organisationMentions("A former fighter spoke at the University of Glasgow on Tuesday.", "en"))
                .containsExactly("University of Glasgow");
    }

    @Test
    void aMonthAfterInEndsTheName() {
        assertThat(organisationMentions("The Ministry of Justice in March said nothing.", "en"))
                .containsExactly("Ministry of Justice");
    }

    @Test
    void aDayBeforeAndIsNoPartOfTheNextName() {
        assertThat(organisationMentions("He met the Home Office on Monday and the University of Leeds last week.", "en"))
                .containsExactlyInAnyOrder("Home Office", "University of Leeds");
    }

    @Test
    void aConnectorBeforeAnotherCapitalisedWordStillJoinsTheName() {
        assertThat(organisationMentions("The Council on Foreign Relations published a report.", "en"))
                .containsExactly("Council on Foreign Relations");
    }
}
