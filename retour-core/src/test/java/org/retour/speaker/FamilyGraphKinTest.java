package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A kin description (« le père », "the father", „der Vater“, « la grand-mère ») stands for the person the article's
 * family graph makes that kin, not for the relative named last whom the graph makes other kin: « son fils » in
 * the father's sentence and the one other man of his surname make that man his son, so the father is the other;
 * one who has a son the text leaves unnamed is a father too.
 */
class FamilyGraphKinTest {

    @Test
    void frenchFatherIsTheOneWhoseSonTheSharedSurnameNames() {
        List<Quote> q = top("Dans la cuisine, Karim Haddad, 58 ans, s'assoit en face de son fils. Yanis Haddad, 27 ans, "
                + "est rentré de Syrie en 2020, après deux ans dans un camp.\n\n« Je n'ai rien vu venir. Je me le "
                + "reproche chaque matin », commence le père.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void theFatherIsTheOneWhoseUnnamedSonTheTextToldOfNotTheYoungManNamedLast() {
        List<Quote> q = top("Hédi Ouerghi, 61 ans, n'a pas revu son fils depuis cinq ans. Parti rejoindre Daech en Syrie,"
                + " Aymen est aujourd'hui détenu par les forces kurdes.\n\nLe jeune homme a tenté de fuir une première"
                + " fois à l'automne 2017. « Ils l'ont gardé trois mois dans une prison de Daech », raconte le père.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hédi Ouerghi");
    }

    @Test
    void englishFatherIsTheOneWhoseSonTheSharedSurnameNames() {
        List<Quote> q = top("In the kitchen, Peter Walsh, 61, sits across from his son. Liam Walsh, 29, came back from "
                + "Syria in 2020 after two years in a camp.\n\n“I saw nothing coming. I blame myself every "
                + "morning,” the father said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Peter Walsh");
    }

    @Test
    void germanFatherIsTheOneWhoseApposedSonIsNamedLast() {
        List<Quote> q = top("In der Küche wartet Jürgen Brandt, 60. Sein Sohn Lukas, 28, kam 2020 nach zwei Jahren in "
                + "einem Lager aus Syrien zurück. Lukas Brandt spricht wenig.\n\n„Ich habe nichts kommen sehen. Ich werfe "
                + "es mir jeden Morgen vor“, sagt der Vater.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jürgen Brandt");
    }

    @Test
    void frenchGrandmotherIsTheMotherOfTheReturnedDaughter() {
        List<Quote> q = top("Monique Leroy, 63 ans, pose deux tasses sur la table. Depuis mars, sa fille Sarah, 34 ans, "
                + "vit à nouveau chez elle, à Albi, avec ses trois enfants.\n\nSarah Leroy a été rapatriée d'un camp "
                + "syrien en 2022. Elle ne souhaite pas parler à la presse.\n\nLe mari de Sarah est mort en Syrie. "
                + "« Elle est rentrée pour les petits, c'est tout », nuance la grand-mère.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Monique Leroy");
    }

    @Test
    void parentDescribedByHerChildrenKeepsHerOwnReading() {
        List<Quote> q = top("Nora Quinn, 38, returned from Syria in 2021. Her mother, Ellen Quinn, waited for her at the "
                + "airport.\n\n“I thought I would hand out blankets,” the mother of two said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nora Quinn");
    }

    @Test
    void anExWifeOfTheAccusedIsTheWomanWhoseFormerHusbandHeIs() {
        List<Quote> q = top("Samia, 30 ans, s'est avancée à la barre, sans un regard pour le box où se tenait son "
                + "ancien mari.\n\nFodil Ayoubi, 36 ans, comparaissait pour menaces de mort. « J'ai vu des choses que "
                + "personne ne devrait voir », dit-il.\n\nSon ex-femme, elle, n'y croit pas. « Il raconte ce qui "
                + "l'arrange », a-t-elle lancé.", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Samia");
        assertThat(FamilyGraph.relation("en", "ex-wife")).isEqualTo(FamilyGraph.Relation.SPOUSE);
    }

    @Test
    void relationOfAKinNounIsReadFromTheData() {
        assertThat(FamilyGraph.relation("fr", "grand-mère")).isEqualTo(FamilyGraph.Relation.GRANDPARENT);
        assertThat(FamilyGraph.relation("en", "older brother")).isEqualTo(FamilyGraph.Relation.SIBLING);
        assertThat(FamilyGraph.relation("de", "Vater")).isEqualTo(FamilyGraph.Relation.PARENT);
        assertThat(FamilyGraph.Relation.CHILD.inverse()).isEqualTo(FamilyGraph.Relation.PARENT);
        assertThat(FamilyGraph.relation("fr", "voisin")).isNull();
    }
}
