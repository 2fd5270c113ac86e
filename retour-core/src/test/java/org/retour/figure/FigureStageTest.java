package org.retour.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.entity.AliasTable;
import org.retour.entity.Articles;
import org.retour.entity.OrganizationStage;
import org.retour.entity.PlaceStage;
import org.retour.model.Attribution;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Figure;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;
import org.retour.time.DateStage;

class FigureStageTest extends StageContractTest {

    @Override
    protected Stage stage() {
        return FigureStage.bundled();
    }

    @Override
    protected List<Stage> prerequisites() {
        List<Stage> s = new ArrayList<>(Articles.BASICS);
        s.add(OrganizationStage.bundled(AliasTable.bundled()));
        s.add(PlaceStage.bundled());
        s.add(DateStage.bundled());
        return s;
    }

    private static List<String> figures(Analysis a) {
        checkSpans(a);
        return a.get(Layers.FIGURES).stream().map(FigureStageTest::describe).toList();
    }

    private static String describe(Figure f) {
        return String.join(" | ", f.text(), number(f.value()), f.low() == null ? "-" : number(f.low()),
                f.high() == null ? "-" : number(f.high()), f.approximate() ? "approx" : "exact", String.valueOf(f.counts()),
                String.valueOf(f.place()), String.valueOf(f.date()), String.valueOf(f.source()));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Test
    void foundingArticleFiguresHaveTheirSourcePlaceAndDate() {
        assertThat(figures(Articles.analyze(Articles.founding(), "fr", null))).containsExactly(
                "244 personnes | 244 | - | - | exact | returned | FR | 2016-05 | Patrick Calvar",
                "Des dizaines de combattants | 50 | 20 | 99 | approx | killed | null | 2016-06-10 | les moniteurs");
    }

    @Test
    void englishFigures() {
        assertThat(figures(Articles.analyze(Articles.ENGLISH, "en", null))).containsExactly(
                "About 850 Britons | 850 | - | - | approx | departed | GB | 2016-06-14 | Home Office",
                "At least 400 fighters | 400 | 400 | - | exact | killed | Raqqa | 2015-SU | Rami Abdel Rahman",
                "Two dozen militants | 24 | 20 | 28 | approx | arrested | null | 2014 | null",
                "Some 1,200 foreign fighters | 1200 | - | - | approx | null | TN | 2016-06-14 | null");
    }

    @Test
    void germanFigures() {
        assertThat(figures(Articles.analyze(Articles.GERMAN, "de", LocalDate.of(2016, 6, 14)))).containsExactly(
                "Rund 1000 Deutsche | 1000 | - | - | approx | departed | DE | 2016-06-10 | Hans-Georg Maaßen",
                "Dutzende Kämpfer | 50 | 24 | 99 | approx | killed | null | 2016-06-14 | "
                        + "Syrische Beobachtungsstelle für Menschenrechte");
    }

    @Test
    void arabicFigures() {
        assertThat(figures(Articles.analyze(Articles.ARABIC, "ar", LocalDate.of(2016, 6, 14)))).containsExactly(
                "244 شخصا | 244 | - | - | exact | returned | FR | 2016-05 | مدير الاستخبارات",
                "عشرات المقاتلين | 50 | 20 | 99 | approx | killed | Raqqa | 2016-05 | المرصد السوري لحقوق الإنسان");
    }

    @Test
    void arabicReturneesDefendantsAndMembersAfterMinAreCounted() {
        List<String> f = figures(Articles.analyze("وقالت الباحثة إنها قابلت 45 عائدة من سوريا. ويحاكم أكثر من 1200 متهم "
                + "بالانتماء إلى التنظيم. وأعدم التنظيم أكثر من 400 من عناصره.", "ar", LocalDate.of(2019, 6, 14)));
        assertThat(f).extracting(s -> s.substring(0, s.indexOf(" | "))).containsExactly("45 عائدة", "أكثر من 1200 متهم",
                "أكثر من 400 من عناصره");
    }

    @Test
    void frenchApproximateAmountsAndPeopleOfTheCourtsAndProgrammesAreCounted() {
        List<String> f = figures(Articles.analyze("Selon le PNAT, une soixantaine de femmes sont rentrées. Une quinzaine "
                + "de personnes sont parties. Au total, 238 repentis sont passés par le centre.", "fr", LocalDate.of(2019, 6, 14)));
        assertThat(f).extracting(s -> s.substring(0, s.indexOf(" | ", s.indexOf(" | ") + 3))).containsExactly(
                "une soixantaine de femmes | 60", "Une quinzaine de personnes | 15", "238 repentis | 238");
    }

    @Test
    void numbersWithoutWhatTheyCountAreNoFigures() {
        assertThat(figures(Articles.analyze("Âgé de 26 ans, il est parti en 2014, le 10 juin, avec 3 amis; "
                + "plus de 1 200 personnes l'ont suivi.", "fr", LocalDate.of(2016, 6, 10)))).containsExactly(
                "plus de 1 200 personnes | 1200 | 1200 | - | exact | null | null | 2016-06-10 | null");
    }

    @Test
    void aPersonOfThePersonLayerNamesTheSource() {
        Analysis a = Articles.analyze(Articles.founding(), "fr", null);
        String text = a.text();
        int at = text.indexOf("Patrick Calvar");
        Entity calvar = new Entity("P1", EntityType.PERSON, "Calvar, Patrick", List.of(), "directeur", "FR",
                List.of(new Mention(new Span(at, at + 14), "Patrick Calvar", Mention.Kind.NAME)));
        Analysis withPersons = FigureStage.bundled().apply(a.with(Layers.PERSONS, List.of(calvar)));
        assertThat(withPersons.get(Layers.FIGURES).get(0).source()).isEqualTo("Calvar, Patrick");
    }

    @Test
    void aFigureInsideAQuoteIsStatedByTheQuotesSpeaker() {
        String text = "«Nous avons aujourd'hui 204 personnes revenues», a déclaré le ministre.";
        Analysis a = Articles.analyze(text, "fr", LocalDate.of(2017, 3, 1));
        int open = text.indexOf('«') + 1;
        Quote q = new Quote("Q1", new Span(open, text.indexOf('»')), text.substring(open, text.indexOf('»')), false,
                null, "fr", new Attribution.Contextual(new Speaker("P1", "Bruno Le Roux", null, "ministre",
                Voice.OFFICIAL)));
        Analysis withQuote = FigureStage.bundled().apply(a.with(Layers.QUOTES, List.of(q)));
        assertThat(withQuote.get(Layers.FIGURES)).extracting(Figure::source).containsExactly("Bruno Le Roux");
    }

    @Test
    void aDescribedSubjectIsThePersonNamedBefore() {
        String text = "Bruno Le Roux était à Paris. Le ministre a ajouté que 690 Français se trouvaient dans la zone.";
        Analysis a = Articles.analyze(text, "fr", LocalDate.of(2017, 3, 1));
        Entity leRoux = new Entity("P1", EntityType.PERSON, "Bruno Le Roux", List.of(), null, "FR",
                List.of(new Mention(new Span(0, 13), "Bruno Le Roux", Mention.Kind.NAME)));
        Analysis withPersons = FigureStage.bundled().apply(a.with(Layers.PERSONS, List.of(leRoux)));
        assertThat(withPersons.get(Layers.FIGURES)).extracting(Figure::source).containsExactly("Bruno Le Roux");
    }

    @Test
    void anOrganisationInTheAccordingPhraseIsNamedAsWritten() {
        assertThat(figures(Articles.analyze("Selon les derniers chiffres du ministère de l'Intérieur, 217 personnes "
                + "sont revenues en France.", "fr", LocalDate.of(2017, 3, 1))))
                .singleElement().asString().endsWith("| ministère de l'Intérieur");
    }

    @Test
    void theFirstNumberOfAPartitiveCounts() {
        assertThat(figures(Articles.analyze("The British government says about 425 of the estimated 850 people "
                + "who travelled have come back.", "en", LocalDate.of(2017, 3, 1))))
                .singleElement().asString().startsWith("about 425 of the estimated 850 people | 425 |")
                .endsWith("British government");
    }

    @Test
    void aModifiedNumberWithWhatHappenedIsAFigure() {
        assertThat(figures(Articles.analyze("Public Safety Canada estimates that about 180 Canadians are abroad "
                + "and about 60 have returned.", "en", LocalDate.of(2017, 3, 1))))
                .extracting(f -> f.substring(0, f.indexOf(" | ")))
                .containsExactly("about 180 Canadians", "about 60 have returned");
    }

    @Test
    void rangeGivesItsLowBoundAsValueAndBothBounds() {
        List<Figure> en = Articles.analyze("Between 300 and 400 fighters have returned, the ministry said.", "en",
                LocalDate.of(2016, 6, 14)).get(Layers.FIGURES);
        assertThat(en).singleElement().satisfies(f -> {
            assertThat(f.text()).isEqualTo("Between 300 and 400 fighters");
            assertThat(f.value()).isEqualTo(300);
            assertThat(f.low()).isEqualTo(300);
            assertThat(f.high()).isEqualTo(400);
        });
        List<Figure> de = Articles.analyze("Zwischen 30 und 40 Kämpfer sind zurückgekehrt.", "de",
                LocalDate.of(2016, 6, 14)).get(Layers.FIGURES);
        assertThat(de).extracting(Figure::low, Figure::high).containsExactly(org.assertj.core.groups.Tuple.tuple(30.0, 40.0));
    }

    @Test
    void rangeAfterTheNounItCountsIsAFigure() {
        List<Figure> f = Articles.analyze("The coalition estimates the number of fighters in Syria at between 19,000 "
                + "and 25,000.", "en", LocalDate.of(2016, 6, 14)).get(Layers.FIGURES);
        assertThat(f).extracting(Figure::text, Figure::value, Figure::high)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("between 19,000 and 25,000", 19000.0, 25000.0));
    }

    @Test
    void aNumberFollowedByWhatHappenedIsAFigureEvenWithoutModifier() {
        assertThat(figures(Articles.analyze("Sur les 93 personnes parties, dont 16 sont revenues, une centaine y "
                + "auraient trouvé la mort. 115 ont été mis en examen.", "fr", LocalDate.of(2017, 3, 1))))
                .extracting(f -> f.substring(0, f.indexOf(" | ")) + " " + f.split(" \\| ")[5])
                .contains("16 sont revenues returned", "une centaine y auraient trouvé la mort killed",
                        "115 ont été mis en examen charged");
    }

    @Test
    void anAgeOrADurationBeforeWhatHappenedIsNoFigure() {
        assertThat(figures(Articles.analyze("À 22 ans rentrée de Syrie, elle a été condamnée. Er wurde zu drei "
                + "Jahren Haft verurteilt. At 30 years returned to Leeds, he was arrested.", "fr",
                LocalDate.of(2017, 3, 1)))).isEmpty();
    }

    @Test
    void smallNumbersInWordsAndVagueAmountsWithoutWhatHappenedTellAStoryNotAFigure() {
        assertThat(figures(Articles.analyze("Deux hommes l'attendaient avec quatre enfants. Des centaines de femmes "
                + "vivent dans le camp.", "fr", LocalDate.of(2017, 3, 1)))).isEmpty();
        assertThat(figures(Articles.analyze("Two men and three children waited. Dozens of people were killed.", "en",
                LocalDate.of(2017, 3, 1)))).extracting(f -> f.substring(0, f.indexOf(" | ")))
                .containsExactly("Dozens of people");
    }

    @Test
    void aPartitivePronounCountsWhatCameBefore() {
        assertThat(figures(Articles.analyze("Selon le parquet, 203 personnes sont rentrées; 115 d'entre eux ont été "
                + "mis en examen.", "fr", LocalDate.of(2017, 3, 1))))
                .anySatisfy(f -> assertThat(f).startsWith("115 d'entre eux | 115 |").contains("| charged |"));
        assertThat(figures(Articles.analyze("Rund 300 sind zurückgekehrt, rund 30 von ihnen sind angeklagt.", "de",
                LocalDate.of(2017, 3, 1)))).anySatisfy(f -> assertThat(f).startsWith("rund 30 von ihnen | 30 |"));
    }
}
