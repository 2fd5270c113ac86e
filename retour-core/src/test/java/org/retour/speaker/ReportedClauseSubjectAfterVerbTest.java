package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * "She … and said her husband was sent to the front": the person right after the verb of speech, followed by a
 * finite verb, is the subject of the clause it reports without "that", not the speaker.
 */
class ReportedClauseSubjectAfterVerbTest {

    @Test
    void theHusbandInTheReportedClauseDoesNotSpeakHerWords() {
        List<Quote> q = top("Sorcha Dunphy (38), of Kilnamanagh, Tallaght, has pleaded not guilty to membership of an unlawful"
                + " organisation.\n\n"
                + "She described the flat in Raqqa where the family lived as “a box with no glass in the windows” and said"
                + " her husband was sent to the front near Deir ez-Zor within weeks. “He was gone for forty days at a"
                + " time.”", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sorcha Dunphy");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sorcha Dunphy");
    }

    @Test
    void aSubjectAfterTheVerbWithNoVerbOfItsOwnStillSpeaks() {
        List<Quote> q = top("The trial opened on Monday.\n\n\"We will appeal,\" said her husband, a taxi driver.", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("her husband");
    }
}
