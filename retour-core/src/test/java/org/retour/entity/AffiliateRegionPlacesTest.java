package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Document;
import org.retour.pipeline.Layers;

/**
 * Towns, regions and camps of the Sahel, the Lake Chad basin, East Africa, South and Southeast Asia, the Caucasus
 * and the Caribbean, where affiliates of the Islamic State recruited, and the names of those regions that are
 * also words or given names.
 */
class AffiliateRegionPlacesTest {

    private static List<String> found(String text, String lang) {
        return Articles.PLACES.analyze(Document.of(text).withLanguage(lang)).get(Layers.PLACES).stream()
                .map(e -> e.canonical() + "/" + e.country()).toList();
    }

    @Test
    void sahelTownsAreFoundWithTheirCountry() {
        assertThat(found("Il a combattu près de Ménaka, puis à Inékar et à Tongo Tongo, avant de se rendre à Diffa.", "fr"))
                .containsExactly("Ménaka/ML", "Inékar/ML", "Tongo Tongo/NE", "Diffa/NE");
        assertThat(found("Originaire de Déou, dans l'Oudalan, il a vécu à Gorom-Gorom puis à Ouagadougou.", "fr"))
                .containsExactly("Déou/BF", "Oudalan/BF", "Gorom-Gorom/BF", "Ouagadougou/BF");
        assertThat(found("عاد من تمبكتو إلى باماكو ثم إلى نيامي", "ar"))
                .containsExactly("Timbuktu/ML", "Bamako/ML", "Niamey/NE");
    }

    @Test
    void lakeChadTownsAreFoundWithTheirCountry() {
        assertThat(found("He surrendered in Monguno and was taken to Maiduguri, in Borno State, then to Mallam Sidi.", "en"))
                .containsExactly("Monguno/NG", "Maiduguri/NG", "Borno/NG", "Mallam Sidi/NG");
        assertThat(found("Les repentis du centre de Meri, dans le Mayo-Sava, viennent de Kolofata et de Tillabéri.", "fr"))
                .containsExactly("Meri/CM", "Mayo-Sava/CM", "Kolofata/CM", "Tillabéri/NE");
        assertThat(found("Ils ont fui les îles du lac Tchad pour N'Djamena.", "fr"))
                .containsExactly("Lake Chad/null", "N'Djamena/TD");
    }

    @Test
    void eastAfricanTownsAreFoundWithTheirCountry() {
        assertThat(found("Recruits from Mombasa and Kwale crossed from Kasese into Beni, in North Kivu, and some reached Cabo Delgado.", "en"))
                .containsExactly("Mombasa/KE", "Kwale/KE", "Kasese/UG", "Beni/CD", "North Kivu/CD", "Cabo Delgado/MZ");
        assertThat(found("Des combattants ont quitté Kismayo pour le Puntland, puis ont rejoint Mocímboa da Praia.", "fr"))
                .containsExactly("Kismayo/SO", "Puntland/SO", "Mocímboa da Praia/MZ");
        assertThat(found("وصل من الخرطوم إلى نيروبي ثم إلى مقديشو", "ar"))
                .containsExactly("Khartoum/SD", "Nairobi/KE", "Mogadishu/SO");
    }

    @Test
    void southAndSoutheastAsianTownsAreFoundWithTheirCountry() {
        assertThat(found("Families from Kasaragod in Kerala flew to Colombo; others fought in Marawi, Lanao del Sur, "
                + "and were jailed in Nusakambangan.", "en"))
                .containsExactly("Kasaragod/IN", "Kerala/IN", "Colombo/LK", "Marawi/PH", "Lanao del Sur/PH",
                        "Nusakambangan/ID");
        assertThat(found("Arrêté à Jolo, sur l'île de Sulu, il avait été formé à Poso, dans le centre de Sulawesi.", "fr"))
                .containsExactly("Jolo/PH", "Sulu/PH", "Poso/ID", "Sulawesi/ID");
        assertThat(found("نقل من جاكرتا إلى مانيلا ثم إلى ميندناو", "ar"))
                .containsExactly("Jakarta/ID", "Manila/PH", "Mindanao/PH");
    }

    @Test
    void caucasusAndCaribbeanTownsAreFoundWithTheirCountry() {
        assertThat(found("He left Chaguanas for Rio Claro, and later met men from Khujand and Shymkent.", "en"))
                .containsExactly("Chaguanas/TT", "Rio Claro/TT", "Khujand/TJ", "Shymkent/KZ");
    }

    @Test
    void anAmbiguousNameIsAPlaceAfterAPrepositionAndNotAsAGivenName() {
        assertThat(found("Mora Diallo est née à Mora, près de Maroua.", "fr")).containsExactly("Mora/CM", "Maroua/CM");
        assertThat(found("Gao Feng, an engineer, was kidnapped in Gao.", "en")).containsExactly("Gao/ML");
        assertThat(found("Dori Traoré a été arrêté à Dori, puis transféré à Bol.", "fr"))
                .containsExactly("Dori/BF", "Bol/TD");
        assertThat(found("Beni Mellal is far from Beni.", "en")).containsExactly("Beni/CD");
    }

    @Test
    void wordsThatAreAlsoPlaceNamesStayWords() {
        assertThat(found("Male prisoners were moved; Kaya Yilmaz and Santiago Lopez testified.", "en")).isEmpty();
        assertThat(found("The Caribbean brothers were sent to the front first.", "en")).isEmpty();
    }
}
