package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A pronoun cue right after a sentence an indefinite description opens goes to the newcomer it introduces. */
class IntroducedNewcomerPronounTest {

    @Test
    void frenchEnglishAndGermanNewcomersTakeThePronounFromThePersonNamedBefore() {
        List<Quote> fr = top("Le colonel Marc Hayes assure que le camp est sûr. Un ancien combattant conteste. « On avait"
                + " faim tous les jours », dit-il.", "fr");
        assertThat(speaker(fr.get(0)).name()).isNull();
        assertThat(speaker(fr.get(0)).description()).isEqualTo("Un ancien combattant");
        assertThat(speaker(fr.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
        List<Quote> en = top("Colonel Mark Hayes said the camp was safe. A former fighter disagreed. \"We were hungry every"
                + " day,\" he said.", "en");
        assertThat(speaker(en.get(0)).description()).isEqualTo("A former fighter");
        List<Quote> de = top("Oberst Jan Weber lobte das Lager. Ein ehemaliger Kämpfer widerspricht. „Wir hatten Hunger“,"
                + " sagt er.", "de");
        assertThat(speaker(de.get(0)).description()).isEqualTo("Ein ehemaliger Kämpfer");
    }

    @Test
    void aNewcomerToldOfByAnotherInTheirOwnSentenceLeavesThePronounToTheTeller() {
        List<Quote> q = top("Amélie Roux, rentrée de Raqqa, décrit la peur. Une voisine française, dit-elle, a été battue"
                + " devant ses enfants. « Tu baisses les yeux et tu rentres vite », résume-t-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amélie Roux");
    }

    @Test
    void aNewcomerInsideAQuoteIsNoSubjectForThePronounAfterIt() {
        List<Quote> q = top("Amélie Roux a voulu partir. « Une autre femme avait essayé avant moi. On l'a ramenée », affirme-t-elle.",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amélie Roux");
    }
}
