package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A lead's unnamed person is the one the next paragraph names as subject after its opening clause. */
class LeadPersonNamedAfterOpenerTest {

    @Test
    void nameAfterAccordingToIsTheLeadsMan() {
        List<Quote> q = top("DHAKA — A 27-year-old man from Sylhet has told investigators that the group “killed more"
                + " Muslims than any army”, officials said yesterday.\n\n"
                + "According to a police official, Tanvir Hossain told interrogators that he had watched executions.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tanvir Hossain");
    }

    @Test
    void anInitialledNameBeforeADashAsideIsTheLeadsMan() {
        List<Quote> q = top("Le tribunal d'Oran a condamné hier à cinq ans de prison un homme de 29 ans, poursuivi pour"
                + " « apologie du terrorisme ».\n\n"
                + "Interpellé en 2019 à son retour de Turquie, K. Sofiane - c'est ainsi que le nomme l'arrêt - a"
                + " reconnu les faits. « J'ai été naïf », a-t-il déclaré.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("K. Sofiane");
    }
}
