package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Document;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Pipeline;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;

class PlaceStageTest extends StageContractTest {

    @Override
    protected Stage stage() {
        return PlaceStage.bundled();
    }

    @Override
    protected List<Stage> prerequisites() {
        List<Stage> s = new ArrayList<>(Articles.BASICS);
        s.add(OrganizationStage.bundled(AliasTable.bundled()));
        return s;
    }

    private List<Entity> places(String text, String lang) {
        Pipeline.Builder b = Pipeline.builder();
        prerequisites().forEach(b::add);
        Analysis a = b.add(stage()).build().analyze(Document.of(text).withLanguage(lang));
        checkSpans(a);
        return a.get(Layers.PLACES);
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Mention::text).toList();
    }

    @Test
    void foundingArticlePlacesHaveTheirCountryCodes() {
        List<Entity> places = places(Articles.founding(), "fr");
        assertThat(places).extracting(Entity::canonical).containsExactly("Syria", "Iraq", "France", "London");
        assertThat(places).extracting(Entity::country).containsExactly("SY", "IQ", "FR", "GB");
        assertThat(mentions(Articles.entity(places, "Syrie"))).containsExactly("Syrie", "Syrie", "Syrie", "Syrie");
        assertThat(mentions(Articles.entity(places, "London"))).containsExactly("Londres");
    }

    @Test
    void levantInsideTheGroupsNameIsNoPlace() {
        assertThat(places("L'Etat islamique en Irak et au Levant recule au Levant.", "fr"))
                .extracting(Entity::canonical).containsExactly("Levant");
        List<Entity> en = places(Articles.ENGLISH, "en");
        assertThat(en).extracting(Entity::canonical).containsExactly("Syria", "Iraq", "United Kingdom", "Manbij",
                "Raqqa", "Molenbeek", "Tunisia");
        assertThat(mentions(Articles.entity(en, "Iraq"))).containsExactly("Iraq");
        List<Entity> ar = places(Articles.ARABIC, "ar");
        assertThat(ar).extracting(Entity::canonical).containsExactly("France", "Syria", "Iraq", "Raqqa");
        assertThat(mentions(Articles.entity(ar, "Iraq"))).containsExactly("العراق");
    }

    @Test
    void germanAndArabicNamesOfTheConflictsPlaces() {
        List<Entity> de = places(Articles.GERMAN, "de");
        assertThat(de).extracting(Entity::canonical).containsExactly("Syria", "Iraq", "Mosul", "Dinslaken", "Raqqa");
        assertThat(mentions(Articles.entity(de, "Raqqa"))).containsExactly("Rakka");
        List<Entity> ar = places(Articles.ARABIC, "ar");
        Entity raqqa = Articles.entity(ar, "Raqqa");
        assertThat(raqqa.country()).isEqualTo("SY");
        assertThat(raqqa.mentions().get(0).span().start()).isEqualTo(Articles.ARABIC.indexOf("الرقة"));
    }

    @Test
    void lowerCaseWordsAreNoPlaces() {
        assertThat(places("What a nice day in turkey country; he lives in Nice, in France.", "en"))
                .extracting(Entity::canonical).containsExactly("Nice", "France");
    }

    @Test
    void demonymsGiveTheirCountry() {
        String text = "un Français, a Belgian, eine Deutsche, 850 Britons, مقاتل تونسي";
        Analysis a = Pipeline.builder().add(Articles.BASICS.get(0)).add(Articles.BASICS.get(1)).add(Articles.BASICS.get(2))
                .build().analyze(Document.of(text).withLanguage("fr"));
        TokenView v = new TokenView(text, a.get(Layers.TOKENS));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < v.size(); i++) {
            TokenTrie.Match<String> m = Demonyms.bundled().at(v, i);
            if (m != null) {
                found.add(m.span().of(text) + "=" + m.value());
            }
        }
        assertThat(found).containsExactly("Français=FR", "Belgian=BE", "Deutsche=DE", "Britons=GB", "تونسي=TN");
    }
}
