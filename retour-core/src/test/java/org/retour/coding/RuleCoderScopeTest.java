package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.api.Test;

/**
 * Negation, hypothesis and denial keep cues from counting, in each language; reversers undo a negation; the killing of
 * those who flee is desertion's, not brutality's.
 */
class RuleCoderScopeTest {

    @Test
    void negationBeforeACueCancelsIt() {
        assertThat(codes("Ce n'est pas la vie dure qui m'a fait partir.", "fr")).doesNotContain("N4");
        assertThat(codes("ce ne sont pas les massacres qui m'ont fait partir", "fr")).doesNotContain("N2");
        assertThat(codes("I did not leave because of the brutality.", "en")).doesNotContain("N2");
        assertThat(codes("لم تكن الوحشية هي السبب", "ar")).doesNotContain("N2");
    }

    @Test
    void aTolerationVerbBetweenNegationAndCueKeepsTheCue() {
        assertThat(codes("Je ne pouvais pas supporter les brutalités.", "fr")).contains("N2");
        assertThat(codes("I could not bear the brutality any more.", "en")).contains("N2");
        assertThat(codes("Ich konnte die Brutalität nicht mehr ertragen.", "de")).contains("N2");
    }

    @Test
    void negationInAnotherClauseDoesNotReach() {
        assertThat(codes("Je ne sais pas, mais la vie était dure.", "fr")).contains("N4");
    }

    @Test
    void aHypothesisCancelsTheCue() {
        assertThat(codes("Si nous perdions du terrain, ils ne nous le diraient pas.", "fr")).doesNotContain("N6");
        assertThat(codes("If we were losing ground, nobody told us.", "en")).doesNotContain("N6");
        assertThat(codes("Wenn wir schwere Verluste hätten, würden sie es sagen.", "de")).doesNotContain("N6");
        assertThat(codes("لو كنا نخسر لما أخبرونا", "ar")).doesNotContain("N6");
    }

    @Test
    void frenchSiMeaningSoIsNoHypothesis() {
        assertThat(codes("La vie était si dure là-bas.", "fr")).contains("N4");
    }

    @Test
    void aDenialAfterTheCueCancelsIt() {
        assertThat(codes("Die Brutalität? Das war nicht der Grund.", "de")).doesNotContain("N2");
        assertThat(codes("The brutality, that was not the reason.", "en")).doesNotContain("N2");
        assertThat(codes("Die Brutalität war schlimm.", "de")).contains("N2");
    }

    @Test
    void theKillingOfThoseWhoFleeIsDesertionNotBrutality() {
        assertThat(codes("They executed the brothers who tried to flee to Turkey.", "en")).contains("N7").doesNotContain("N2");
        assertThat(codes("Ils exécutaient les frères qui tentaient de fuir vers la Turquie.", "fr")).contains("N7").doesNotContain("N2");
    }

    @Test
    void otherVictimsInTheSentenceKeepTheBrutality() {
        assertThat(codes("They executed civilians and the brothers who tried to flee to Turkey.", "en")).contains("N7", "N2");
    }

    @Test
    void brutalityInAnotherSentenceThanTheFlightStillCounts() {
        assertThat(codes("The brutality was everywhere. They executed the brothers who tried to flee to Turkey.", "en")).contains("N7", "N2");
    }

    @Test
    void cuesOfOneLanguageDoNotFireInAnother() {
        assertThat(codes("brutality", "fr")).isEmpty();
        assertThat(codes("brutality", "es")).isEmpty();
        assertThat(codes("brutality", "en")).containsExactly("N2");
    }
}
