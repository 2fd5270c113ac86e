package org.retour.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.entity.Articles;
import org.retour.pipeline.Layers;

/** Years that stand alone and months whose year is given relative to the publication. */
class DateYearTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2019, 3, 14);

    private static List<String> dates(String text, String lang) {
        return Articles.analyze(text, lang, PUBLISHED).get(Layers.DATES).stream()
                .map(d -> d.text() + "=" + d.value()).toList();
    }

    @Test
    void aMonthFollowedByARelativeYearTakesThatYear() {
        assertThat(dates("He was captured near Tal Afar in August last year.", "en"))
                .containsExactly("August last year=2018-08");
        assertThat(dates("Er wurde im Juni letzten Jahres festgenommen.", "de")).containsExactly("Juni letzten Jahres=2018-06");
        assertThat(dates("Il est rentré en juin de l'an dernier.", "fr")).containsExactly("juin de l'an dernier=2018-06");
    }

    @Test
    void aYearAtTheEndOfAClauseOrAfterFromOrBetweenIsADate() {
        assertThat(dates("He posted photographs with a rifle as late as 2016. Men left the group from 2014 onwards.",
                "en")).containsExactly("2016=2016", "2014=2014");
        assertThat(dates("They left IS between 2014 and 2017.", "en")).containsExactly("2014=2014", "2017=2017");
        assertThat(dates("Sie kehrte zwischen 2016 und 2018 zurück.", "de")).contains("2016=2016");
    }

    @Test
    void aNumberBeforeWhatItCountsIsNoYear() {
        assertThat(dates("Rund 2000 Kämpfer sind gefallen. About 1990 people returned.", "de")).isEmpty();
    }

    @Test
    void lastBeforeAMonthMakesItThePastOne() {
        assertThat(dates("He returned last November.", "en")).containsExactly("November=2018-11");
        assertThat(dates("Sie kam im vergangenen Dezember zurück.", "de")).containsExactly("Dezember=2018-12");
    }

    @Test
    void aGermanYearInTheMiddleFieldOrOpeningAnInvertedSentenceIsADate() {
        assertThat(dates("Er soll sich 2014 der Terrormiliz angeschlossen haben. Sie reiste 2015 nach Syrien.", "de"))
                .containsExactly("2014=2014", "2015=2015");
        assertThat(dates("2016 setzte er sich in die Türkei ab. Erst 2017 kehrte sie zurück.", "de"))
                .containsExactly("2016=2016", "2017=2017");
        assertThat(dates("2000 Kämpfer sind gefallen. Mehr als 2000 ausländische Kämpfer kamen aus Europa.", "de"))
                .isEmpty();
    }

    @Test
    void germanWeekdayWithPartOfDayAndDativeRelativeYearAreDates() {
        assertThat(dates("Das Urteil fiel am Dienstagabend.", "de")).containsExactly("Dienstagabend=2019-03-12");
        assertThat(dates("Er war im vergangenen Jahr zurückgekehrt.", "de")).containsExactly("vergangenen Jahr=2018");
    }

    @Test
    void theGermanAllegationModalIsNoFuture() {
        // published on a Thursday: "am Dienstag" is two days before, not five days after
        assertThat(dates("Am Dienstag begann der Prozess gegen eine Frau, die nach Syrien gereist sein soll.", "de"))
                .containsExactly("Dienstag=2019-03-12");
        assertThat(dates("Am Dienstag soll der Prozess beginnen.", "de")).containsExactly("Dienstag=2019-03-19");
    }

    @Test
    void aWordOfOneLanguageIsNoDateInAnother() {
        assertThat(dates("Hier in Dinslaken lebte er bis zu seiner Ausreise.", "de")).isEmpty();
        assertThat(dates("Il est parti hier.", "fr")).containsExactly("hier=2019-03-13");
        assertThat(dates("Il a été condamné à six ans. Elle est rentrée à l'été 2018.", "fr"))
                .containsExactly("été 2018=2018-SU");
    }

    @Test
    void theSecondYearOfARangeIsADate() {
        assertThat(dates("Elle a mené entre 2017 et 2019 des entretiens avec des revenants.", "fr"))
                .containsExactly("2017=2017", "2019=2019");
    }
}
