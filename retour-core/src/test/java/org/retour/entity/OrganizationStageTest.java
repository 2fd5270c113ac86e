package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retour.model.Document;
import org.retour.model.Entity;
import org.retour.model.EntityType;
import org.retour.model.Mention;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Pipeline;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;

class OrganizationStageTest extends StageContractTest {

    @Override
    protected Stage stage() {
        return OrganizationStage.bundled(AliasTable.bundled());
    }

    @Override
    protected List<Stage> prerequisites() {
        return Articles.BASICS;
    }

    private static List<Entity> organisations(String text, String lang) {
        return organisations(text, lang, OrganizationStage.bundled(AliasTable.bundled()));
    }

    private static List<Entity> organisations(String text, String lang, Stage stage) {
        Pipeline.Builder b = Pipeline.builder();
        Articles.BASICS.forEach(b::add);
        Analysis a = b.add(stage).build().analyze(Document.of(text).withLanguage(lang));
        checkSpans(a);
        return a.get(Layers.ORGANIZATIONS);
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void foundingArticleKnowsTheGroupByEveryNameItUses() {
        List<Entity> orgs = organisations(Articles.founding(), "fr");
        Entity is = Articles.entity(orgs, "EIIL");
        assertThat(is.canonical()).isEqualTo("Islamic State");
        assertThat(is.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(is.aliases()).containsExactly("Etat Islamique en Irak et au Levant", "EIIL");
        assertThat(is.mentions()).hasSize(11);
        assertThat(is.mentions().get(0).kind()).isEqualTo(Mention.Kind.ALIAS);
        assertThat(orgs).extracting(Entity::canonical).containsExactly("Islamic State", "Agence France-Presse",
                "Direction générale de la sécurité intérieure", "Assemblée nationale",
                "International Centre for the Study of Radicalisation", "King's College London");
        assertThat(mentions(Articles.entity(orgs, "AFP"))).containsExactly("AFP");
        assertThat(Articles.entity(orgs, "DGSI").aliases())
                .containsExactly("DGSI", "directeur général de la sécurité intérieure");
        assertThat(mentions(Articles.entity(orgs, "Assemblée Nationale"))).containsExactly("Assemblée Nationale");
        Entity icsr = Articles.entity(orgs, "ICSR");
        assertThat(mentions(icsr)).containsExactly("Centre International des Etudes de Radicalisation", "ICSR", "ICSR");
        assertThat(icsr.aliases()).contains("Centre International des Etudes de Radicalisation");
        assertThat(mentions(Articles.entity(orgs, "King's College"))).containsExactly("King's College");
    }

    @Test
    void englishNamesAndPossessiveResolveToTheGroup() {
        List<Entity> orgs = organisations(Articles.ENGLISH, "en");
        Entity is = Articles.entity(orgs, "ISIS");
        assertThat(mentions(is)).containsExactly("ISIS", "Islamic State of Iraq and the Levant", "ISIS");
        assertThat(orgs).extracting(Entity::canonical).containsExactly("Islamic State", "Home Office",
                "Metropolitan Police", "Syrian Observatory for Human Rights", "Jabhat al-Nusra");
        assertThat(mentions(Articles.entity(orgs, "SOHR")))
                .containsExactly("Syrian Observatory for Human Rights", "SOHR");
    }

    @Test
    void lowerCaseWordsAreNotAcronyms() {
        List<Entity> orgs = organisations("He is sure the un vote is near; das Ei ist kein IS. Ei, ei.", "en");
        assertThat(orgs).hasSize(1);
        assertThat(mentions(orgs.get(0))).containsExactly("IS");
    }

    @Test
    void germanMilizAndInflectedNamesResolveToTheGroup() {
        List<Entity> orgs = organisations(Articles.GERMAN, "de");
        Entity is = Articles.entity(orgs, "Islamischen Staates");
        assertThat(mentions(is)).containsExactly("IS-Miliz", "Islamischen Staates", "IS");
        assertThat(Articles.entity(orgs, "Syrische Beobachtungsstelle für Menschenrechte")).isNotNull();
        assertThat(orgs).extracting(Entity::canonical).doesNotContain("Kämpfer der Armee", "Armee");
    }

    @Test
    void arabicNamesWithProcliticsResolveToTheGroup() {
        List<Entity> orgs = organisations(Articles.ARABIC, "ar");
        Entity is = Articles.entity(orgs, "داعش");
        assertThat(mentions(is)).containsExactly("تنظيم الدولة الإسلامية", "داعش",
                "الدولة الإسلامية في العراق والشام", "داعش");
        int last = Articles.ARABIC.indexOf("لداعش") + 1;
        assertThat(is.mentions().get(3).span().start()).isEqualTo(last);
    }

    @Test
    void acronymInParenthesesLinksAnUnknownOrganisationToItsLongForm() {
        String text = "😀 Le Centre d'Analyse des Flux Migratoires (CAFM) publie un rapport. Selon le CAFM, tout change.";
        List<Entity> orgs = organisations(text, "fr");
        assertThat(orgs).hasSize(1);
        Entity e = orgs.get(0);
        assertThat(e.canonical()).isEqualTo("Centre d'Analyse des Flux Migratoires");
        assertThat(e.aliases()).containsExactly("CAFM");
        assertThat(mentions(e)).containsExactly("Centre d'Analyse des Flux Migratoires", "CAFM", "CAFM");
        assertThat(e.mentions().get(1).span().start()).isEqualTo(text.indexOf("CAFM"));
    }

    @Test
    void anAcronymTheTextDefinesForAnotherOrganisationIsTheTextsNotTheTables() {
        String text = "The Internal Security Department (ISD) of Malaysia said on Monday that three men were held."
                + " The ISD added that they had returned from Syria.";
        List<Entity> orgs = organisations(text, "en");
        assertThat(orgs).extracting(Entity::canonical).containsExactly("Internal Security Department");
        assertThat(mentions(orgs.get(0))).containsExactly("Internal Security Department", "ISD", "ISD");
    }

    @Test
    void anAcronymAfterTheTablesOwnLongFormStaysTheTables() {
        List<Entity> orgs = organisations("The Institute for Strategic Dialogue (ISD) counted 40 returnees.", "en");
        assertThat(orgs).extracting(Entity::canonical).containsExactly("Institute for Strategic Dialogue");
    }

    @Test
    void acronymAfterItsLowerCaseLongFormLinksThem() {
        List<Entity> orgs = organisations(
                "Le chef de l'office central de lutte contre le terrorisme OCLCT a parlé. L'OCLCT enquête.", "fr");
        assertThat(orgs).hasSize(1);
        assertThat(orgs.get(0).aliases()).containsExactly("office central de lutte contre le terrorisme");
        assertThat(mentions(orgs.get(0))).containsExactly("OCLCT", "OCLCT");
    }

    @Test
    void unknownOrganisationsAreFoundByTheirShape() {
        List<Entity> orgs = organisations("The Institute for Counter Radicalisation Studies said the Ministry of "
                + "Interior Affairs agreed. Peter Smith went home.", "en");
        assertThat(orgs).extracting(Entity::canonical)
                .containsExactly("Institute for Counter Radicalisation Studies", "Ministry of Interior Affairs");
    }

    @Test
    void aliasesFileAddsOrganisationsAndNames(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("aliases.txt");
        Files.writeString(file, "# mine\nKatibat al-Tawhid wal-Jihad | KTJ\nDaesh | Daesh-Gruppe\n");
        AliasTable table = AliasTable.bundledWith(file);
        List<Entity> orgs = organisations("Die KTJ und die Daesh-Gruppe kämpfen; die Katibat al-Tawhid wal-Jihad auch.",
                "de", OrganizationStage.bundled(table));
        assertThat(orgs).extracting(Entity::canonical).containsExactly("Katibat al-Tawhid wal-Jihad", "Islamic State");
        assertThat(orgs.get(0).mentions()).hasSize(2);
        assertThat(table.find("Daesh-Gruppe").canonical()).isEqualTo("Islamic State");
    }

    @Test
    void badAliasesFileIsAOneLineError(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> AliasTable.bundledWith(dir.resolve("missing.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing.txt");
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, "HTS | Hayat [since soon]\n");
        assertThatThrownBy(() -> AliasTable.bundledWith(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad.txt");
    }

    @Test
    void renamedGroupsKeepOneEntityAndTheDateOfTheirNames() {
        AliasTable.Organisation nusra = AliasTable.bundled().find("Hayat Tahrir al-Sham");
        assertThat(nusra.canonical()).isEqualTo("Jabhat al-Nusra");
        assertThat(nusra.aliases()).filteredOn(a -> a.name().equals("Hayat Tahrir al-Sham"))
                .extracting(a -> a.since().toString()).containsExactly("2017-01");
    }

    @Test
    void theGroupsProvincesAndItsNeighboursInAfricaAndAsiaAreNamedOrganisations() {
        List<Entity> fr = organisations("L'EIGS a perdu des hommes face au JNIM, et l'Etat islamique en Afrique de "
                + "l'Ouest recrute au Borno.", "fr");
        assertThat(fr).extracting(Entity::canonical).containsExactly("Islamic State in the Greater Sahara",
                "Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State West Africa Province");
        List<Entity> en = organisations("Former ISWAP and al-Shabaab fighters met defectors from the ADF.", "en");
        assertThat(en).extracting(Entity::canonical).containsExactly("Islamic State West Africa Province",
                "al-Shabaab", "Allied Democratic Forces");
        assertThat(Articles.entity(en, "al-Shabaab").country()).isEqualTo("SO");
    }

    @Test
    void agenciesAndInstitutionsCarryTheCountryOfTheirSeat() {
        List<Entity> orgs = organisations("Selon l'AFP et Reuters, la DGSI s'inquiète; l'ONU aussi.", "fr");
        assertThat(Articles.entity(orgs, "AFP").country()).isEqualTo("FR");
        assertThat(Articles.entity(orgs, "Reuters").country()).isEqualTo("GB");
        assertThat(Articles.entity(orgs, "DGSI").country()).isEqualTo("FR");
        assertThat(Articles.entity(orgs, "ONU").country()).isNull();
    }

    @Test
    void userAliasLineMayGiveTheCountryOfTheSeat() {
        AliasTable t = AliasTable.bundled().extendedWith(AliasTable.parse(List.of("Hayat Deutschland [DE] | Hayat-Beratungsstelle"), "test"));
        assertThat(t.find("Hayat-Beratungsstelle").country()).isEqualTo("DE");
        assertThat(AliasTable.parse(List.of("Lower [de] | x"), "test").find("x").country()).isNull();
    }

    @Test
    void lowerCaseAgencyNameIsFoundOnlyAsListed() {
        List<Entity> orgs = organisations("Düsseldorf (dpa) - Der Prozess beginnt. Die DPA meldet es.", "de");
        Entity dpa = Articles.entity(orgs, "dpa");
        assertThat(dpa.canonical()).isEqualTo("Deutsche Presse-Agentur");
        assertThat(dpa.country()).isEqualTo("DE");
        assertThat(mentions(dpa)).containsExactly("dpa", "DPA");
    }
}
