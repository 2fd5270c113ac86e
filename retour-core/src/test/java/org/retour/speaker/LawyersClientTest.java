package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;

/**
 * "Her client" or "his client", a lawyer's, is the one on trial whom the lead names, as "the defendant" is: "the
 * detective agreed with Ms Walsh that her client had told gardaí she “never held a gun”" is the accused's.
 */
class LawyersClientTest {

    @Test
    void aLawyersClientIsTheAccusedTheLeadNames() {
        List<Quote> q = top("Aoife Brennan (37), formerly of Clondalkin, has pleaded not guilty to membership of a"
                + " terrorist group between 2015 and 2018.\n\n"
                + "Her counsel, Gráinne Walsh SC, questioned the detective for an hour.\n\n"
                + "Under cross-examination, the detective agreed with Ms Walsh that her client had told gardaí she"
                + " \"never held a gun, never wanted one\".\n", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Aoife Brennan");
    }

    @Test
    void aClientIsNoOneWhenTheLeadNamesAnOfficialFirst() {
        List<Quote> q = top("Judge Mary Kelly opened the sentencing hearing on Tuesday morning in Dublin.\n\n"
                + "Under cross-examination, the detective agreed that his client had told gardaí he"
                + " \"never held a gun, never wanted one\".\n", "en");
        Speaker s = speaker(q.get(0));
        assertThat(s == null ? null : s.name()).isNotEqualTo("Mary Kelly");
    }
}
