package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A role noun with the adjectives or the complement French writes after it, then the name, with or without a
 * comma between, names the unknown person apposed to it.
 */
class AdjectiveAfterRoleNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aRoleAndItsAdjectiveBeforeACommaMakeAPersonOfAnUnknownName() {
        List<Entity> p = persons("Le juge fédéral, Gion Caflisch, a lu la décision lundi.", "fr");
        assertThat(p).extracting(Entity::canonical).containsExactly("Gion Caflisch");
    }

    @Test
    void aVerbBeforeTheCommaMakesNoPersonOfAPlace() {
        List<Entity> p = persons("Le juge est parti, Val Müstair attendra.", "fr");
        assertThat(p).isEmpty();
    }

    @Test
    void aFeminineRoleAndItsAdjectiveRightBeforeAnUnknownNameMakeAPersonWithThatRole() {
        List<Entity> p = persons("La procureure fédérale Solveig Arnaud voit les choses autrement.", "fr");
        assertThat(p).extracting(Entity::canonical, Entity::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Solveig Arnaud", "procureure fédérale"));
    }

    @Test
    void aRoleAndItsComplementRightBeforeAnUnknownNameMakeAPerson() {
        List<Entity> p = persons("La juge d'instruction Ysoline Carrère a entendu le prévenu mardi.", "fr");
        assertThat(p).extracting(Entity::canonical).containsExactly("Ysoline Carrère");
    }

    @Test
    void anInstitutionAfterTheRolesPrepositionIsNoPerson() {
        List<Entity> p = persons("Sa collègue, politiste à Sciences Po, va plus loin.", "fr");
        assertThat(p).extracting(Entity::canonical).doesNotContain("Sciences Po");
    }

    @Test
    void inEnglishAnOrganisationAfterARoleAndItsComplementIsNoPerson() {
        List<Entity> p = persons("A spokesperson for the head of security Counter Terrorism Policing said little.", "en");
        assertThat(p).isEmpty();
    }

    @Test
    void aRoleWhoseComplementHoldsAnInstitutionNamesAnUnknownNameSetOffByTwoCommas() {
        List<Entity> p = persons("Au camp, la procureure de la République antiterroriste, Ysoline Carrère, a fait le point.", "fr");
        assertThat(p).extracting(Entity::canonical).containsExactly("Ysoline Carrère");
    }

    @Test
    void withoutTheClosingCommaAnInstitutionInTheComplementStopsTheRole() {
        List<Entity> p = persons("Au camp, la procureure de la République antiterroriste, Ysoline Carrère a fait le point.", "fr");
        assertThat(p).extracting(Entity::canonical).doesNotContain("Ysoline Carrère");
    }
}
