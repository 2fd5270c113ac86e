package org.retour.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.entity.Articles;
import org.retour.model.DateMention;
import org.retour.model.Document;
import org.retour.model.PublicationDate;
import org.retour.model.SourceMetadata;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Pipeline;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;

class DateStageTest extends StageContractTest {

    @Override
    protected Stage stage() {
        return DateStage.bundled();
    }

    @Override
    protected List<Stage> prerequisites() {
        return Articles.BASICS;
    }

    private Analysis analyze(String text, String lang, LocalDate published) {
        Pipeline.Builder b = Pipeline.builder();
        prerequisites().forEach(b::add);
        Analysis a = b.add(stage()).build().analyze(new Document(null, text, lang, published, SourceMetadata.NONE));
        checkSpans(a);
        return a;
    }

    private static List<String> dates(Analysis a) {
        return a.get(Layers.DATES).stream()
                .map(d -> d.text() + "=" + d.value() + "/" + d.precision().name().toLowerCase()).toList();
    }

    @Test
    void foundingArticleInfersItsPublicationFromFridayTenthOfJune() {
        Analysis a = analyze(Articles.founding(), "fr", null);
        assertThat(a.get(Layers.PUBLICATION)).isEqualTo(new PublicationDate(LocalDate.of(2016, 6, 10), true));
        assertThat(dates(a)).containsExactly("vendredi 10 juin=2016-06-10/day", "mi-mai=2016-05/month",
                "janvier 2014=2014-01/month");
    }

    @Test
    void declaredPublicationDateIsKeptAndNotInferred() {
        Analysis a = analyze("Le vendredi 10 juin, en janvier 2014.", "fr", LocalDate.of(2016, 6, 12));
        assertThat(a.get(Layers.PUBLICATION)).isEqualTo(new PublicationDate(LocalDate.of(2016, 6, 12), false));
    }

    @Test
    void inferenceTakesTheFirstMatchingYearNotBeforeTheLatestExplicitOne() {
        Analysis a = analyze("En 2010, rien. Lundi 10 juin, tout a changé.", "fr", null);
        assertThat(a.get(Layers.PUBLICATION)).isEqualTo(new PublicationDate(LocalDate.of(2013, 6, 10), true));
    }

    @Test
    void withoutAnyYearNothingIsInferredAndRelativeDatesStayUnresolved() {
        Analysis a = analyze("Vendredi 10 juin, le mois dernier, il y a deux ans.", "fr", null);
        assertThat(a.get(Layers.PUBLICATION).date()).isNull();
        assertThat(a.get(Layers.DATES)).isEmpty();
    }

    @Test
    void frenchDatesResolveAgainstThePublication() {
        Analysis a = analyze("Le mois dernier, il y a deux ans, fin 2015, l'été 2015, le 10/06/2016, mardi, "
                + "la semaine dernière, en mai, dans les années 1990 et le 1er janvier 2015.", "fr", LocalDate.of(2016, 6, 10));
        assertThat(dates(a)).containsExactly("Le mois dernier=2016-05/month", "il y a deux ans=2014/year",
                "fin 2015=2015/year", "été 2015=2015-SU/season", "10/06/2016=2016-06-10/day", "mardi=2016-06-07/day",
                "la semaine dernière=2016-W22/week", "mai=2016-05/month", "années 1990=199/decade",
                "1er janvier 2015=2015-01-01/day");
    }

    @Test
    void englishDatesResolveAgainstThePublication() {
        Analysis a = analyze(Articles.ENGLISH + " They may return in May, early 2015 or by 2017.", "en",
                LocalDate.of(2016, 6, 14));
        assertThat(dates(a)).containsExactly("Tuesday, June 14=2016-06-14/day", "last month=2016-05/month",
                "summer of 2015=2015-SU/season", "two years ago=2014/year", "2014=2014/year", "May=2016-05/month",
                "early 2015=2015/year", "2017=2017/year");
    }

    @Test
    void germanDatesResolveAgainstThePublication() {
        Analysis a = analyze(Articles.GERMAN + " Mitte Mai und am 3. März kam er; seit Ende 2015 nicht.", "de",
                LocalDate.of(2016, 6, 14));
        assertThat(dates(a)).containsExactly("Freitag, 10. Juni 2016=2016-06-10/day", "Sommer 2017=2017-SU/season",
                "Vor zwei Jahren=2014/year", "Letzten Monat=2016-05/month", "Mitte Mai=2016-05/month",
                "3. März=2016-03-03/day", "Ende 2015=2015/year");
    }

    @Test
    void arabicDatesResolveAgainstThePublication() {
        Analysis a = analyze(Articles.ARABIC + " ووصل يوم الجمعة 10 يونيو 2016.", "ar", LocalDate.of(2016, 6, 14));
        assertThat(dates(a)).containsExactly("منتصف مايو 2016=2016-05/month", "الشهر الماضي=2016-05/month",
                "قبل عامين=2014/year", "الجمعة 10 يونيو 2016=2016-06-10/day");
    }

    @Test
    void spansAreUtf16OffsetsAfterEmoji() {
        String text = "😀👩‍👩‍👧 Le 10 juin 2016 🇫🇷.";
        DateMention d = analyze(text, "fr", null).get(Layers.DATES).get(0);
        assertThat(d.span().start()).isEqualTo(text.indexOf("10 juin"));
        assertThat(d.text()).isEqualTo("10 juin 2016");
    }

    @Test
    void seasonWithoutAYearIsTheLastOneUpToThePublication() {
        Analysis a = analyze("Au printemps, il est parti. À l'automne, il est revenu.", "fr", LocalDate.of(2017, 1, 10));
        assertThat(dates(a)).containsExactly("printemps=2016-SP/season", "automne=2016-FA/season");
        Analysis de = analyze("Im Sommer kam er zurück.", "de", LocalDate.of(2017, 10, 12));
        assertThat(dates(de)).containsExactly("Sommer=2017-SU/season");
    }

    @Test
    void monthOrWeekdayInAFutureSentenceIsTheNextOne() {
        Analysis de = analyze("Der Prozess wird am kommenden Montag fortgesetzt. Ein Urteil könnte Ende Juli fallen. "
                + "Im Mai war er in Haft.", "de", LocalDate.of(2016, 6, 21));
        assertThat(dates(de)).containsExactly("Montag=2016-06-27/day", "Ende Juli=2016-07/month", "Mai=2016-05/month");
        Analysis fr = analyze("Le verdict est attendu vendredi. Il a parlé lundi.", "fr", LocalDate.of(2018, 2, 7));
        assertThat(dates(fr)).containsExactly("vendredi=2018-02-09/day", "lundi=2018-02-05/day");
        Analysis en = analyze("A ruling is expected in March. He left in March.", "en", LocalDate.of(2019, 7, 18));
        assertThat(dates(en)).containsExactly("March=2020-03/month", "March=2019-03/month");
    }

    @Test
    void aFrenchVerbInTheSimpleFuturePutsAMonthAhead() {
        Analysis fr = analyze("« On en reparlera en mars », a promis l'élu. Le tribunal rendra sa décision en avril. "
                + "Il est parti en mars.", "fr", LocalDate.of(2016, 2, 5));
        assertThat(dates(fr)).containsExactly("mars=2016-03/month", "avril=2016-04/month", "mars=2015-03/month");
    }

    @Test
    void abbreviatedMonthsWithoutAFullStopAreDates() {
        Analysis a = analyze("He was arrested on Oct 7 and charged on Sept 12.", "en", LocalDate.of(2015, 12, 1));
        assertThat(dates(a)).containsExactly("Oct 7=2015-10-07/day", "Sept 12=2015-09-12/day");
    }

    @Test
    void sinceTheStartOfTheYearIsThePublicationYear() {
        Analysis a = analyze("Depuis le début de l'année, 40 sont revenus.", "fr", LocalDate.of(2017, 6, 2));
        assertThat(dates(a)).containsExactly("Depuis le début de l'année=2017/year");
        Analysis ar = analyze("عاد 40 منذ بداية العام.", "ar", LocalDate.of(2016, 6, 2));
        assertThat(dates(ar)).containsExactly("منذ بداية العام=2016/year");
    }
}
