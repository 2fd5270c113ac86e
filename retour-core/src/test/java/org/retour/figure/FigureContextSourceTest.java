package org.retour.figure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.entity.Articles;
import org.retour.model.Figure;
import org.retour.pipeline.Layers;

/** The source of a figure whose own sentence has no speech cue, found from its clause and its paragraph. */
class FigureContextSourceTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2017, 3, 1);

    private static List<String> sources(String text, String lang) {
        return Articles.analyze(text, lang, PUBLISHED).get(Layers.FIGURES).stream()
                .map(f -> f.text() + " <- " + f.source()).toList();
    }

    @Test
    void theOrganisationThatIsTheSubjectOfTheClauseStatesTheFigure() {
        assertThat(sources("Berlin (dpa) - Die Beratungsstelle Hayat betreut derzeit rund 40 Rückkehrer aus Syrien.",
                "de")).containsExactly("rund 40 Rückkehrer <- Beratungsstelle Hayat");
        assertThat(sources("Pendant deux ans, la DGSI a suivi 120 personnes revenues de Syrie.", "fr"))
                .containsExactly("120 personnes <- DGSI");
        assertThat(sources("Europol counted 5,000 foreign fighters from the EU in 2015.", "en"))
                .singleElement().asString().endsWith("<- Europol");
    }

    @Test
    void anArmedGroupAsSubjectIsCountedNotASource() {
        assertThat(sources("Daech a perdu des dizaines de combattants près de Mossoul.", "fr"))
                .singleElement().asString().endsWith("<- null");
        assertThat(sources("ISIS executed 30 fighters who tried to flee.", "en"))
                .singleElement().asString().endsWith("<- null");
    }

    @Test
    void aNameAfterAPrepositionIsNotTheSubject() {
        assertThat(sources("Depuis l'appel de la DGSI, 300 familles ont signalé un proche.", "fr"))
                .allSatisfy(s -> assertThat(s).endsWith("<- null"));
        assertThat(sources("Families in contact with Europol reported 300 relatives.", "en"))
                .allSatisfy(s -> assertThat(s).endsWith("<- null"));
    }

    @Test
    void aFigureWithoutCueTakesTheSourceOfTheSentenceBeforeInItsParagraph() {
        assertThat(sources("Selon l'OCAM, 128 combattants belges sont rentrés. Quelque 150 combattants s'y trouveraient "
                + "encore.", "fr")).containsExactly("128 combattants <- OCAM", "Quelque 150 combattants <- OCAM");
        assertThat(sources("Nach Angaben der Sicherheitsbehörden sind 800 Menschen ausgereist. Rund 140 Kämpfer sollen "
                + "ums Leben gekommen sein.", "de"))
                .containsExactly("800 Menschen <- der Sicherheitsbehörden", "Rund 140 Kämpfer <- der Sicherheitsbehörden");
    }

    @Test
    void aNewParagraphDoesNotInheritASource() {
        assertThat(sources("Selon l'OCAM, 128 combattants belges sont rentrés.\n\nQuelque 150 combattants seraient "
                + "encore en Syrie.", "fr")).containsExactly("128 combattants <- OCAM", "Quelque 150 combattants <- null");
    }

    @Test
    void aLaterFigureOfTheSameSentenceSharesItsSource() {
        assertThat(sources("Nach Angaben des Verfassungsschutzes sind etwa 950 Personen ausgereist, rund 300 davon "
                + "sind zurückgekehrt.", "de")).extracting(s -> s.substring(s.indexOf("<- ") + 3))
                .containsExactly("des Verfassungsschutzes", "des Verfassungsschutzes");
    }

    @Test
    void anArabicVerbWithoutNamedSubjectContinuesThePreviousSpeaker() {
        List<Figure> f = Articles.analyze("وقال مدير البرنامج، عبد الرحيم الإدريسي، إن البرنامج ناجح. "
                + "وأوضح أن 207 معتقلين استفادوا من البرنامج.", "ar", PUBLISHED).get(Layers.FIGURES);
        assertThat(f).singleElement().extracting(Figure::source).asString().contains("الإدريسي");
    }

    @Test
    void aDatelineIsNotTheSubjectBeforeTheVerb() {
        assertThat(sources("THE HAGUE, Netherlands (AP) - Dutch counterterrorism officials said Thursday that 11 "
                + "citizens were flown back.", "en")).singleElement().asString()
                .endsWith("<- Dutch counterterrorism officials");
    }

    @Test
    void whatAFigureCountsIsNotItsOwnSource() {
        assertThat(sources("Eleven of the men said they had been selected for suicide operations.", "en"))
                .singleElement().asString().endsWith("<- null");
    }

    @Test
    void figuresOwnedByAPossessiveBelongToWhoeverSpokeJustBefore() {
        assertThat(sources("« Nous devons nous préparer », a déclaré le ministre Gérard Collin lors d'un point presse. "
                + "Selon ses chiffres, 203 personnes sont rentrées en France.", "fr"))
                .singleElement().asString().endsWith("<- Gérard Collin");
    }
}
