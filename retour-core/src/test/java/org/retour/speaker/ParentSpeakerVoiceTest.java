package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/** The words of a parent that a son or daughter tells are the parent's: an unnamed relative. */
class ParentSpeakerVoiceTest {

    private static Quote nested(String text, String lang) {
        Analysis a = org.retour.quote.TestPipelines.analyze(text, lang);
        return children(a, topLevel(a).get(0)).get(0);
    }

    @Test
    void aMothersWordsToldByHerSonAreAnUnnamedRelatives() {
        String text = "Rentré de Syrie en 2019, Théo Lefèvre a purgé sa peine à Fleury-Mérogis. « Un soir, ma mère a"
                + " pleuré au téléphone. Elle m'a dit : “Reviens, même s'il faut passer par la prison.” Alors je suis"
                + " rentré », raconte-t-il.";
        Quote q = nested(text, "fr");
        Speaker s = speaker(q);
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.description()).isEqualTo("ma mère");
        assertThat(s.voice()).isEqualTo(Voice.RELATIVE);
        int at = text.indexOf("ma mère");
        assertThat(text.substring(at, at + s.description().length())).isEqualTo("ma mère"); // UTF-16 offsets of « è »
    }

    @Test
    void anEnglishFathersWordsToldByHisDaughterAreAnUnnamedRelatives() {
        Speaker s = speaker(nested("Amina Yusuf came back from the camps in Syria last year. \"My father phoned me"
                + " every week and said, 'The door is open, come home.' I believed him,\" she said.", "en"));
        assertThat(s).isNotNull();
        assertThat(s.description()).isEqualTo("My father");
        assertThat(s.voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void aGermanMothersWordsToldByHerSonAreAnUnnamedRelatives() {
        Speaker s = speaker(nested("Jonas B. kehrte 2018 aus Syrien zurück. „Meine Mutter sagte am Telefon: ‚Komm"
                + " zurück, wir warten auf dich.‘ Da habe ich es versucht“, erzählt er.", "de"));
        assertThat(s).isNotNull();
        assertThat(s.voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void aParentSpokenToDoesNotSpeak() {
        Quote q = nested("Rentré de Syrie en 2019, Théo Lefèvre a purgé sa peine à Fleury-Mérogis. « J'ai écrit à ma"
                + " mère : “Je rentre bientôt.” Elle n'a pas répondu », raconte-t-il.", "fr");
        Speaker s = speaker(q);
        assertThat(s == null || s.voice() != Voice.RELATIVE).isTrue();
    }

    @Test
    void aPronounOfTheOtherGenderTakesTheTurnFromTheParent() {
        Quote q = nested("Rentrée de Syrie en 2020, Léa Marchand vit à Nantes. « Ma mère lui envoyait des photos de"
                + " notre cuisine. Un jour, il a répondu : “Gardez-moi une place.” On a compris », dit-elle.", "fr");
        Speaker s = speaker(q);
        assertThat(s == null || s.voice() != Voice.RELATIVE).isTrue();
    }
}
