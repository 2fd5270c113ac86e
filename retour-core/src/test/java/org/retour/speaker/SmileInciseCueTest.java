package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.quote.TestPipelines;

/** A smile or a laugh in an incise (« …, sourit-elle ») cues the words before it; standing past other words it is a gesture. */
class SmileInciseCueTest {

    @Test
    void anInvertedSmileCuesTheWordsBeforeIt() {
        String text = "Élodie Carré, 42 ans, tient l'épicerie du quartier depuis 2009. « Je n'ai jamais eu peur de lui »,"
                + " sourit-elle.";
        var a = TestPipelines.analyze(text, "fr");
        Quote q = QuoteAssertions.topLevel(a).get(0);
        assertThat(speaker(q).name()).isEqualTo("Élodie Carré");
        Attribution.Cued cued = (Attribution.Cued) q.attribution();
        assertThat(cued.cue().text()).isEqualTo("sourit-elle");
        assertThat(cued.cue().span().start()).isEqualTo(text.indexOf("sourit-elle"));
        assertThat(cued.cue().span().of(text)).isEqualTo("sourit-elle");
    }

    @Test
    void aSmilingDescriptionAfterTheWordsSpeaksThem() {
        List<Quote> q = top("Le fournil ouvre à cinq heures. « Ici, personne ne lui demande d'où il vient », rigole le"
                + " boulanger.", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).description()).contains("boulanger");
    }

    @Test
    void aSmileInTheNextSentenceIsAGestureNotTheCue() {
        List<Quote> q = top("Au moment de partir, Amina Diallo nous retient. Elle a une question, une seule : « Est-ce que"
                + " ma fille pourra aller au lycée ? » Leïla Sow, à côté, sourit pour la première fois.", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amina Diallo");
    }
}
