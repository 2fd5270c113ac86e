package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A war name, kunya or alias given after a description names the person described ("The YPG officer, who goes by
 * the nom de guerre Heval Dilsoz", « un commandant kurde, connu sous son nom de guerre, Heval Ciya », „ein
 * Kommandeur mit dem Kampfnamen Heval Serhat“), but "alias" between two names names no description.
 */
class WarNameNamingTest {

    @Test
    void aWarNameEndsANamingPhrase() {
        NamingPhrases n = NamingPhrases.bundled();
        assertThat(n.introducesName(" here, who goes by the nom de guerre ", "en")).isTrue();
        assertThat(n.introducesName(", known by his kunya ", "en")).isTrue();
        assertThat(n.introducesName(", connu sous son nom de guerre, ", "fr")).isTrue();
        assertThat(n.introducesName(" mit dem Kampfnamen ", "de")).isTrue();
        assertThat(n.introducesName(" identified the suspect as Usman Ghani alias ", "en")).isFalse();
    }

    @Test
    void theDescribedCommanderSpeaksUnderHisWarName() {
        List<Quote> q = TestPipelines.analyze("The YPG officer in charge of the screening, who goes by the nom de guerre"
                + " Heval Dilsoz, was tired. \"They keep coming every night,\" the officer said.", "en").get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Heval Dilsoz");
    }

    @Test
    void leCommandantConnuSousSonNomDeGuerreParle() {
        List<Quote> q = TestPipelines.analyze("Le commandant kurde du camp, connu sous son nom de guerre, Heval Ciya,"
                + " nous reçoit. « Ils arrivent chaque nuit », affirme le commandant.", "fr").get(Layers.QUOTES);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Heval Ciya");
    }
}
