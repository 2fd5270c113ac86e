package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** The agent of a participle after a noun brings a person into a paragraph, whom its pronoun cue names. */
class AgentDoerPronounTest {

    @Test
    void thePronounAfterAStudyLedBySomeoneIsTheirsNotTheLastSpeakers() {
        List<Quote> q = top("L'avocate Sophie Lenoir a plaidé l'indulgence. « Elle a payé », a-t-elle dit.\n\n"
                + "Bien différente est l'enquête menée par Inès Morel, chercheuse à Lille. « Elles parlent de la faim », "
                + "a-t-elle expliqué.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Inès Morel");
    }

    @Test
    void theAgentOfAPassiveVerbIsNoDoerTheLastSpeakerKeepsThePronoun() {
        List<Quote> q = top("L'avocate Sophie Lenoir a plaidé l'indulgence. « Elle a payé », a-t-elle dit.\n\n"
                + "Sa cliente a été interrogée par Inès Morel en mai. « Elle a changé », a-t-elle ajouté.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sophie Lenoir");
    }
}
