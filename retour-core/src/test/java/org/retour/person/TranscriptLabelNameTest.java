package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A transcript's turn label in capitals names the person who speaks the turn. */
class TranscriptLabelNameTest {

    private static List<Entity> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS);
    }

    private static Entity named(List<Entity> persons, String canonical) {
        return persons.stream().filter(e -> e.canonical().equals(canonical)).findFirst().orElseThrow();
    }

    @Test
    void aLabelWithItsRoleAfterACommaNamesAPersonInTitleCase() {
        String text = "NORA PELLING, HOST: Tonight we travel to a prison in northern Syria.\n\n"
                + "GAVIN TREW, BYLINE: The guards open the gate at dawn.\n\n"
                + "PELLING: And the men inside?\n\n"
                + "TREW: Most of them are waiting for a trial, Nora.\n";
        List<Entity> found = persons(text, "en");
        assertThat(found).extracting(Entity::canonical).contains("Nora Pelling", "Gavin Trew").doesNotContain("Nora");
        Entity host = named(found, "Nora Pelling");
        assertThat(host.mentions()).extracting(Mention::text).contains("NORA PELLING", "PELLING", "Nora");
        Mention label = host.mentions().get(0);
        assertThat(label.span().start()).isZero();
        assertThat(label.span().end()).isEqualTo("NORA PELLING".length());
    }

    @Test
    void aFrenchLabelBeforeAFullStopAndADashCoversItsAccentedName() {
        String text = "Le Grand Entretien, sur Radio Sud.\n\n"
                + "CÉLINE DUVERGÉ (journaliste). — Bonsoir. Vous avez suivi ces familles pendant deux ans ?\n\n"
                + "RENAUD FAUCHÈRE. — Oui, depuis leur retour à Grenoble.\n\n"
                + "CÉLINE DUVERGÉ. — Qu'avez-vous appris ?\n";
        List<Entity> found = persons(text, "fr");
        Entity host = named(found, "Céline Duvergé");
        int at = text.indexOf("CÉLINE DUVERGÉ");
        assertThat(host.mentions().get(0).span().start()).isEqualTo(at);
        assertThat(host.mentions().get(0).span().end()).isEqualTo(at + "CÉLINE DUVERGÉ".length());
        assertThat(host.mentions()).extracting(Mention::text).containsOnly("CÉLINE DUVERGÉ");
        assertThat(found).extracting(Entity::canonical).contains("Renaud Fauchère");
    }

    @Test
    void aGermanOneWordLabelNamesAPersonInAnInterview() {
        String text = "Ein Gespräch über die Rückkehr aus Syrien.\n\n"
                + "MARTINA OSTERLOH: Wann haben Sie beschlossen zu gehen?\n\n"
                + "TAREKOV: Im Winter, als das Geld ausblieb.\n\n"
                + "MARTINA OSTERLOH: Und Ihre Familie?\n";
        assertThat(persons(text, "de")).extracting(Entity::canonical).contains("Martina Osterloh", "Tarekov");
    }

    @Test
    void aPartInTheBroadcastBeforeANameInBracketsNamesThatPerson() {
        String text = "PRESENTER (JUNE ABARA): We go live to the border now.\n\n"
                + "CORRESPONDENT: Thank you. The crossing has been closed since noon.\n\n"
                + "ABARA: Are people still trying to cross?\n\n"
                + "UNIDENTIFIED MAN: (Through interpreter) We wait here every day.\n";
        List<Entity> found = persons(text, "en");
        assertThat(found).extracting(Entity::canonical).contains("June Abara")
                .doesNotContain("Presenter", "Correspondent", "Unidentified Man", "Abara");
        assertThat(named(found, "June Abara").mentions()).extracting(Mention::text).contains("JUNE ABARA", "ABARA");
    }

    @Test
    void partsOfTheBroadcastAloneNameNoOne() {
        String text = "PRÉSENTATRICE : Ce soir, le retour des combattants.\n\n"
                + "VOIX OFF : La route de Sfax est déserte à cette heure.\n\n"
                + "PRÉSENTATRICE : Merci.\n";
        assertThat(persons(text, "fr")).extracting(Entity::canonical)
                .doesNotContain("Présentatrice", "Voix Off");
    }

    @Test
    void theOutletThatAsksEveryQuestionIsNoPerson() {
        String text = "Ein Interview.\n\nKURIER: Warum sind Sie gegangen?\n\nHerr B.: Weil ich Angst hatte.\n\n"
                + "KURIER: Und dann?\n";
        assertThat(persons(text, "de")).extracting(Entity::canonical).doesNotContain("Kurier");
    }

    @Test
    void aDatelineInCapitalsIsNoLabel() {
        String text = "LONDRES —\nKARIM BELLO : Bonjour.\n\nANNE VIDAL : Bonjour.\n\nTOULOUSE — La ville attend.\n";
        assertThat(persons(text, "fr")).extracting(Entity::canonical).doesNotContain("Londres", "Toulouse");
    }

    @Test
    void aPronounInsideATurnIsNotTheLabelledSpeaker() {
        String text = "DIANE KOVAC, HOST: Our reporter met a man who left the group in 2016.\n\n"
                + "OLIVER STAINE, BYLINE: Omar Haddad is 29. He says he ran at night.\n";
        Entity reporter = named(persons(text, "en"), "Oliver Staine");
        assertThat(reporter.mentions()).extracting(Mention::kind).containsOnly(Mention.Kind.ALIAS);
    }

    @Test
    void aLabelsRoleWordIsThePersonsRole() {
        String en = "JOAN MILLER, HOST: Good evening.\n\nPETE ORR, BYLINE: The camp is quiet tonight.\n";
        List<Entity> found = persons(en, "en");
        assertThat(named(found, "Joan Miller").role()).isEqualTo("host");
        assertThat(named(found, "Pete Orr").role()).isNull(); // "BYLINE" marks the report, no role
        String fr = "AGNÈS ROLLIN (présentatrice). — Bonsoir.\n\nFARID ZEROUAL. — Bonsoir.\n";
        assertThat(named(persons(fr, "fr"), "Agnès Rollin").role()).isEqualTo("présentatrice");
        String de = "JANA KÖHLER (Moderatorin): Guten Abend.\n\nTIMO BRANDT: Guten Abend.\n";
        assertThat(named(persons(de, "de"), "Jana Köhler").role()).isEqualTo("moderatorin");
    }
}
