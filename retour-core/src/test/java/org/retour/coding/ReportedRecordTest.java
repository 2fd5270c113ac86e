package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * Testimony kept in records and passed on by others: a court's reasons in German reported speech
 * („Demnach habe der Angeklagte erlebt, wie …“, „sei das Gebiet … kleiner geworden“, „nach ihren Worten“),
 * interrogation records and witness statements, a social worker who speaks of the surrenderers she
 * interviews, what the people interviewed link their leaving to (« associent leur départ »), Arabic
 * „ولفتت إلى أن“ and „نقلوا لها أن“, what keeps coming up in records (« revient sans arrêt »), decisions to
 * leave Islamic State; and an official's view framed by "In his view", which stays his own.
 */
class ReportedRecordTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> narration(String text, String lang) {
        return RULES.code(Fixtures.analyse(text, lang)).stream().map(Coding::code).toList();
    }

    private static List<String> quoted(String text, String quote, Voice voice) {
        Analysis a = new Fixtures.Quotes(text).add(quote, Fixtures.speaker("Norhata Macabangkit", voice), "said")
                .on(Fixtures.analyse(text, "en"));
        return RULES.code(a).stream().map(Coding::code).toList();
    }

    @Test
    void whatACourtSaysTheDefendantSawInGermanReportedSpeechIsTestimony() {
        assertThat(narration("Der Rückkehrer wurde verurteilt. Demnach habe der Angeklagte erlebt, wie zwei Kameraden "
                + "als Verräter erschossen worden seien.", "de")).contains("N7");
    }

    @Test
    void aShrinkingTerritoryInGermanReportedSpeechIsTestimony() {
        assertThat(narration("Der Rückkehrer wurde verurteilt. Im Frühjahr 2017 sei das Gebiet dann immer kleiner "
                + "geworden.", "de")).contains("N6");
    }

    @Test
    void theSameShrinkingTerritoryToldAsNarrationIsNotCoded() {
        assertThat(narration("Der Rückkehrer wurde verurteilt. Im Frühjahr 2017 wurde das Gebiet immer kleiner.", "de"))
                .doesNotContain("N6");
    }

    @Test
    void whatHerHusbandWasPressedToDoInHerWordsIsTestimony() {
        assertThat(narration("Die Rückkehrerin wurde verurteilt. Ihr Mann sei nach ihren Worten gedrängt worden, "
                + "sich für eine Märtyreroperation zu melden.", "de")).contains("N8");
    }

    @Test
    void whatTheCourtWasToldAReturneeHadSeenIsTestimony() {
        assertThat(narration("The returnee was sentenced on Friday. The court was told that Qureshi had seen two "
                + "fighters executed after a failed attempt to flee.", "en")).contains("N7");
    }

    @Test
    void whatTheProsecutorSaysHeHadSeenIsHisOwnAccount() {
        assertThat(narration("The returnee was sentenced on Friday. The prosecutor said he had seen many such cases "
                + "of fighters executed after a failed attempt to flee.", "en")).doesNotContain("N7");
    }

    @Test
    void whatThePeopleInterviewedLinkTheirLeavingToIsTestimony() {
        assertThat(narration("La plupart des personnes interrogées associent leur départ aux derniers mois, quand les "
                + "lignes cédaient les unes après les autres.", "fr")).contains("N6");
    }

    @Test
    void theSameLinesGivingWayInTheJournalistsNarrationAreNotCoded() {
        assertThat(narration("Au printemps, les lignes cédaient les unes après les autres.", "fr")).doesNotContain("N6");
    }

    @Test
    void whatKeepsComingUpInTheRecordsAResearcherReadIsTestimony() {
        String quote = "La peur d'être désigné pour une opération kamikaze revient sans arrêt";
        String text = "Le chercheur a lu les dossiers. « " + quote + " », explique-t-il.";
        Analysis a = new Fixtures.Quotes(text).add(quote, Fixtures.speaker("Hugo Lemaire", Voice.RESEARCHER), "explique")
                .on(Fixtures.analyse(text, "fr"));
        assertThat(RULES.code(a).stream().map(Coding::code).toList()).contains("N8");
    }

    @Test
    void theDecisionsToLeaveTheGroupAStudyDescribesAreTestimony() {
        assertThat(narration("The fear of being picked for suicide missions weighed heavily in the decisions of many "
                + "Europeans to leave Islamic State, according to a study.", "en")).contains("N8");
    }

    @Test
    void aWitnessStatementIsTestimony() {
        assertThat(narration("In his witness statement he described an emir who kept asking who was ready to meet God.",
                "en")).contains("N8");
    }

    @Test
    void aSocialWorkerSpeakingOfTheSurrenderersSheInterviewsReportsTheirFear() {
        String quote = "The first thing they talk about is the fear of being caught on the way down";
        String text = "\"" + quote + ",\" said Norhata Macabangkit, who has interviewed 48 surrenderers.";
        assertThat(quoted(text, quote, Voice.OTHER)).contains("N7");
    }

    @Test
    void anOfficialsQuoteFramedByInHisViewIsHisOwn() {
        String quote = "it is hunger, not conscience, that brings most of them out.";
        String text = "The general said the fighters would be handed over. In his view, \"" + quote + "\"";
        assertThat(quoted(text, quote, Voice.OFFICIAL)).doesNotContain("N4");
    }

    @Test
    void whatASocialWorkerPointsOutTheBoysRememberIsTestimony() {
        assertThat(narration("ولفتت إلى أن كثيرا منهم يتذكرون رجم امرأة في الساحة.", "ar")).contains("N2");
    }

    @Test
    void anApostateInTheAccusativeThatSomeOfThemPassedOnIsTestimony() {
        assertThat(narration("وأوضحت الباحثة أن بعضهم نقلوا لها أن التنظيم كان يعد كل من يفكر في المغادرة مرتدا.",
                "ar")).contains("N7");
    }
}
