package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A passive's agent after a name and a comma (« pour Karim Ayadi, par des enquêteurs belges ») is no
 * apposition: the role in it is the agent's, not the voice of the person named before the comma.
 */
class AgentAfterNameVoiceTest {

    @Test
    void lAgentApresLaVirguleNeDonnePasSaVoixAuNom() {
        List<Quote> q = top("Karim Ayadi est en prison depuis mars. « Je ne sais pas ce qu’ils vont faire de nous. »\n\n"
                + "Il a été entendu par la police et, pour Karim Ayadi, par des enquêteurs belges.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Ayadi");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.OFFICIAL);
    }

    @Test
    void uneAppositionApresLaVirguleDonneToujoursSaVoix() {
        List<Quote> q = top("« Nous suivons chaque dossier », explique Hélène Ravel, enquêtrice à la police judiciaire.", "fr");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }
}
