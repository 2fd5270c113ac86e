package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** Roles read from appositions before a name: parenthesised acronyms, joined parts, a leading preposition. */
class AppositionRoleTest {

    private static String roleOf(String text, String lang, String name) {
        Analysis a = TestPipelines.analyze(text, lang);
        return a.get(Layers.PERSONS).stream().filter(e -> e.canonical().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no person " + name)).role();
    }

    @Test
    void aParenthesisedAcronymStaysInsideTheRole() {
        assertThat(roleOf("Le directeur de la Direction générale de la sécurité intérieure (DGSI), Laurent Morvan, "
                + "a parlé mardi.", "fr", "Laurent Morvan"))
                .isEqualTo("directeur de la Direction générale de la sécurité intérieure (DGSI)");
    }

    @Test
    void aConjunctionJoinsTwoPartsOfOneRole() {
        assertThat(roleOf("Le préfet délégué pour la défense et la sécurité, Jean-Pierre Dalmasso, défend ce projet.",
                "fr", "Jean-Pierre Dalmasso")).isEqualTo("préfet délégué pour la défense et la sécurité");
    }

    @Test
    void aLeadingPrepositionIsNoPartOfTheRole() {
        assertThat(roleOf("Pour le chercheur Thomas Reinach, ces récits sont fragiles.", "fr", "Thomas Reinach"))
                .isEqualTo("chercheur");
    }

    @Test
    void anAgeBeforeTheNameIsNoRole() {
        assertThat(roleOf("Court documents show the 25-year-old, Tariq Hamdan, told investigators the group was finished.",
                "en", "Tariq Hamdan")).isNull();
    }

    @Test
    void aGermanVerbInLowerCaseEndsTheRoleBeforeTheName() {
        assertThat(roleOf("Der Angeklagte ließ über seinen Verteidiger Jens Albrecht eine Erklärung verlesen.", "de",
                "Jens Albrecht")).isEqualTo("Verteidiger");
        assertThat(roleOf("Der ehemalige Vorsitzende Richter Martin Gehrke hat das Verfahren geleitet.", "de",
                "Martin Gehrke")).isEqualTo("ehemalige Vorsitzende Richter");
    }

    @Test
    void aRelativeOfTheAccusedIsTheirRole() {
        assertThat(roleOf("La mère de l'accusé, Malika Benali, a pleuré pendant l'audience.", "fr", "Malika Benali"))
                .isEqualTo("mère de l'accusé");
    }

    @Test
    void aDemonstrativePronounBeforeTheRoleIsNoPartOfIt() {
        assertThat(roleOf("Le juge a lu les auditions de Nora Saïdi, ainsi que celles de sa cousine, Inès Saïdi, 24 ans.",
                "fr", "Inès Saïdi")).isEqualTo("cousine");
    }
}
