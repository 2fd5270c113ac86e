package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;

/**
 * Reported speech in the forms articles use for one former fighter: a singular verb with "que" ("Il confirme
 * qu'…"), Arabic feminine and present-tense verbs ("وقالت أخرى إن…", "ويضيف أن…"), German passive clauses
 * whose auxiliary stands far from "sei", and "ein dritter habe …"; the same forms with an official as
 * subject stay the official's own words.
 */
class ReportedVerbFormTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> narration(String text, String lang) {
        return RULES.code(Fixtures.analyse(text, lang)).stream().map(Coding::code).toList();
    }

    @Test
    void anInvertedVerbOrWritesReportsTheFightersAccount() {
        assertThat(narration("Mehdi est rentré de Syrie en 2018. Les francophones, explique-t-il, étaient les derniers servis "
                + "à la cantine.", "fr")).contains("N5");
        assertThat(narration("Farid returned from Syria in 2019. He writes that for months he guarded an empty warehouse "
                + "without pay.", "en")).contains("N4");
    }

    @Test
    void aSingularVerbWithQueReportsTheFightersAccount() {
        assertThat(narration("Revenu de Syrie, Karim confirme qu'un responsable l'a inscrit pour une opération avec un camion.", "fr"))
                .contains("N8");
    }

    @Test
    void arabicFeminineAndPresentVerbsReportTheAccount() {
        assertThat(narration("وتحدثت العائدات عن المخيم. وقالت أخرى إن نساء حاولن الهرب أطلق عليهن الرصاص في الظهر.", "ar"))
                .contains("N7");
    }

    @Test
    void aLongGermanPassiveClauseIsStillReportedSpeech() {
        assertThat(narration("Der Rückkehrer berichtete vom Lager. Ein Kamerad aus Hamm sei bei einem Fluchtversuch an einem "
                + "Kontrollpunkt festgenommen worden.", "de")).contains("N7");
    }

    @Test
    void theSameFormsWithAnOfficialAsSubjectAreHisOwnView() {
        assertThat(narration("Le ministre confirme qu'un responsable l'a inscrit pour une opération avec un camion.", "fr"))
                .doesNotContain("N8");
    }
}
