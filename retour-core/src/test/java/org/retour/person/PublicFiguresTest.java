package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** Public figures the news names by a form of their own ("combattre Assad") are persons, but no referents. */
class PublicFiguresTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    @Test
    void aSurnameAloneInsideAQuoteNamesTheFigure() {
        List<Entity> persons = persons("« Nous sommes venus combattre Assad, et on nous a envoyés tuer d'autres "
                + "rebelles », raconte Karim Haddad.", "fr");
        assertThat(persons).extracting(Entity::canonical).containsExactly("Karim Haddad", "Bashar al-Assad");
        Entity assad = persons.get(1);
        assertThat(assad.country()).isEqualTo("SY");
        assertThat(assad.mentions()).extracting(Mention::text).containsExactly("Assad");
    }

    @Test
    void aFullNameFoundByTheNameRulesTakesTheCanonicalNameAndTheLaterSurnames() {
        List<Entity> persons = persons("Le régime de Bachar al-Assad tient Damas. Les rebelles combattaient Assad "
                + "depuis 2012, selon Claire Vasseur.", "fr");
        Entity assad = persons.stream().filter(e -> "Bashar al-Assad".equals(e.canonical())).findFirst().orElseThrow();
        assertThat(assad.mentions()).extracting(Mention::text).containsExactly("Bachar al-Assad", "Assad");
    }

    @Test
    void germanGenitiveAndArabicFormsAreFound() {
        assertThat(persons("Dort sei er nicht gegen Assads Armee eingesetzt worden, sagte Jonas Weber.", "de"))
                .extracting(Entity::canonical).contains("Bashar al-Assad");
        assertThat(persons("وقال خالد إنهم قاتلوا الفصائل أكثر من قوات بشار الأسد.", "ar"))
                .extracting(Entity::canonical).contains("Bashar al-Assad");
    }

    @Test
    void aFormWrittenInLowerCaseIsAWord() {
        assertThat(persons("Au Québec, Marc Tremblay mangeait une poutine chaque vendredi.", "fr"))
                .extracting(Entity::canonical).containsExactly("Marc Tremblay");
    }

    @Test
    void aFigureNamedOnlyByItsFormIsNoAntecedentOfAPronounCue() {
        Analysis a = TestPipelines.analyze("Karim Haddad, 29, left Manchester in 2014. He was not sent against "
                + "Assad's army but against other rebels. \"We shot at people who prayed like us,\" he added.", "en");
        Quote q = a.get(Layers.QUOTES).get(0);
        assertThat(q.attribution().speaker()).isNotNull();
        assertThat(q.attribution().speaker().name()).isEqualTo("Karim Haddad");
        assertThat(a.get(Layers.PERSONS)).extracting(Entity::canonical).contains("Bashar al-Assad");
    }

    @Test
    void aMalformedLineIsRefusedWithTheLine() {
        assertThatThrownBy(() -> PublicFigures.of(List.of("Bashar al-Assad | Syria | Assad")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("canonical | country | form")
                .hasMessageContaining("Syria");
    }
}
