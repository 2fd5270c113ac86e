package org.retour.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.entity.Articles;
import org.retour.pipeline.Layers;

/** Weekdays, months and seasons that are words of a name or a noun, not dates. */
class DateNamesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 14);

    private static List<String> dates(String text, String lang) {
        return Articles.analyze(text, lang, PUBLISHED).get(Layers.DATES).stream()
                .map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void aNewspaperNamedAfterADayIsNoDate() {
        assertThat(dates("He told the Sunday Times and The Mail on Sunday that he regretted nothing.", "en")).isEmpty();
        assertThat(dates("Il l'a confié au Journal du dimanche.", "fr")).isEmpty();
        assertThat(dates("Das sagte er der Welt am Sonntag.", "de")).isEmpty();
    }

    @Test
    void theDayStillCountsBesideTheName() {
        assertThat(dates("He told the Sunday Times on Sunday that he regretted nothing.", "en"))
                .containsExactly("Sunday=2019-03-10");
    }

    @Test
    void prayersAndFeastsNamedAfterADayAreNoDates() {
        assertThat(dates("He stopped going to Friday prayers after Easter Sunday.", "en")).isEmpty();
        assertThat(dates("Il ne manquait jamais la prière du vendredi.", "fr")).isEmpty();
    }

    @Test
    void theFallOfACityIsNoSeasonButTheFallOfAYearIs() {
        assertThat(dates("He fled after the fall of Baghuz.", "en")).isEmpty();
        assertThat(dates("He fled in the fall of 2017.", "en")).containsExactly("fall of 2017=2017-FA");
        assertThat(dates("He fled in the fall.", "en")).containsExactly("fall=2018-FA");
    }
}
