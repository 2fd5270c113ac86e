package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A military or police rank before a name is the person's role; the name is all that follows it. */
class RankTitleTest {

    private static List<Entity> persons(String text, String lang) {
        Analysis a = TestPipelines.analyze(text, lang);
        return a.get(Layers.PERSONS);
    }

    @Test
    void anEnglishRankBeforeAnUnknownGivenNameKeepsTheWholeName() {
        List<Entity> p = persons("Colonel Aras Mahmoud, a Kurdish security official in Erbil, says most of these men"
                + " are telling a convenient story.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Aras Mahmoud");
    }

    @Test
    void aLowerCaseFrenchRankIsTheRoleAndNotPartOfTheName() {
        List<Entity> p = persons("Le colonel Aras Mahmoud a reçu les journalistes à Erbil.", "fr");
        assertThat(p).extracting(Entity::canonical).containsExactly("Aras Mahmoud");
        assertThat(p.get(0).role()).contains("colonel");
    }

    @Test
    void aGermanRankGivesTheRoleWhenTheTextGivesNone() {
        List<Entity> p = persons("Oberst Aras Mahmoud empfing die Journalisten in Erbil.", "de");
        assertThat(p).extracting(Entity::canonical).containsExactly("Aras Mahmoud");
        assertThat(p.get(0).role()).isEqualTo("Oberst");
    }

    @Test
    void titlesInARowAfterAnHonorificAreNotTheName() {
        List<Entity> p = persons("The judge, Mrs Justice Harriet Langley, adjourned the hearing.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Harriet Langley");
    }

    @Test
    void ranksAreTitlesWithTheirRole() {
        PersonLexicon lexicon = PersonLexicon.bundled();
        assertThat(lexicon.titleRole("Colonel", "en")).isEqualTo("colonel");
        assertThat(lexicon.titleRole("العقيد", "ar")).isEqualTo("عقيد");
        assertThat(lexicon.titleRole("colonel", "en")).isNull();
    }
}
