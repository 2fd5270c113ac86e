package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** A weekday or a month after a connector ends an organisation's name, and one before it is no part of it. */
class CalendarWordEndsNameTest {

    private static List<String> organisations(String text, String lang) {
        List<Entity> orgs = Articles.analyze(text, lang, LocalDate.of(2021, 5, 1)).get(Layers.ORGANIZATIONS);
        return orgs.stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
    }

    @Test
    void aDayAfterOnEndsTheName() {
        assertThat(organisations("A former fighter spoke at the University of Glasgow on Tuesday.", "en"))
                .containsExactly("University of Glasgow");
    }

    @Test
    void aMonthAfterInEndsTheName() {
        assertThat(organisations("The Ministry of Justice in March said nothing.", "en"))
                .containsExactly("Ministry of Justice");
    }

    @Test
    void aDayBeforeAndIsNoPartOfTheNextName() {
        assertThat(organisations("He met the Home Office on Monday and the University of Leeds last week.", "en"))
                .containsExactlyInAnyOrder("Home Office", "University of Leeds");
    }

    @Test
    void aConnectorBeforeAnotherCapitalisedWordStillJoinsTheName() {
        assertThat(organisations("The Council on Foreign Relations published a report.", "en"))
                .containsExactly("Council on Foreign Relations");
    }
}
