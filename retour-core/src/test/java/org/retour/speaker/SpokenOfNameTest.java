package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person named only inside quotation marks and as a preposition's complement (« pour venger Samir », « on lui parle
 * de Samir ») is someone the story speaks of, not one who acts in it: a definite description that speaks
 * later does not take them up.
 */
class SpokenOfNameTest {

    @Test
    void aDemonymDescriptionIsNotTheManOnlySpokenOf() {
        List<Quote> q = top("Le premier a 31 ans, une barbe courte et un diplôme de plombier. Il est parti de la banlieue"
                + " lyonnaise en 2014, « pour venger Samir », répète-t-il. Le second, 26 ans, a grandi à Lille.\n\n"
                + "« On tirait sur les rebelles, pas sur les gens de Samir », raconte le plombier.\n\n"
                + "Le second hausse les épaules quand on lui parle de Samir. « On n'a jamais vu un soldat du régime. »\n\n"
                + "Au printemps 2016, raconte le Lyonnais, son émir l'a convoqué. « Il m'a dit que c'était un honneur. »",
                "fr");
        assertThat(q.get(3).text()).startsWith("Il m'a dit");
        assertThat(speaker(q.get(3)) == null ? null : speaker(q.get(3)).name()).isNull();
    }

    @Test
    void aPersonNamedOnceAsASubjectIsStillTakenUp() {
        List<Quote> q = top("Karim Benali a grandi à Lyon, « loin de Karzaï », dit-il.\n\n"
                + "Karim Benali est parti en 2014. « On n'a jamais vu un soldat », raconte le Lyonnais.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benali");
    }
}
