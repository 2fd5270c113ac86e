package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description followed by a participle and its agent, then a name in apposition (« L'experte désignée par le
 * président du tribunal, la psychologue Claire Vasseur ») stands for that name, not for the agent.
 */
class AgentApposedNameTest {

    @Test
    void theFrenchExpertAppointedByTheCourtIsTheNameAfterTheAgent() {
        List<Quote> q = top("Le procès de Samir K. s'est poursuivi jeudi. L'experte désignée par le président du"
                + " tribunal, la greffière Claire Vasseur, a été entendue dans la matinée. « Il n'a jamais exprimé"
                + " de regret », estime-t-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Claire Vasseur");
    }

    @Test
    void theEnglishPsychiatristAppointedByTheJudgeIsTheNameAfterTheAgent() {
        List<Quote> q = top("The trial of Samir Khan went on on Thursday. The psychiatrist appointed by the judge,"
                + " Dr Claire Vance, gave evidence in the morning. \"He has never shown remorse,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Claire Vance");
    }

    @Test
    void aPrepositionThatNamesNoAgentLeavesTheDescriptionUnnamed() {
        List<Quote> q = top("Le procès de Samir K. s'est poursuivi jeudi. L'experte arrivée avec le président du"
                + " tribunal, la greffière Claire Vasseur, a été entendue. « Il n'a jamais exprimé de regret »,"
                + " estime l'experte.", "fr");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Claire Vasseur");
    }
}
