package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description a comma sets off after the clause a name opens, right before the verb of speech that closes the
 * sentence ("Omar was beaten for smoking, his mother said."), is the one who tells that clause: the quote that follows
 * without a cue goes on in that reporter's words, not the words of the person the clause is about. A description in
 * apposition right after the name ("Ruth Kessler, 52, his attorney, said") leaves the name speaking.
 */
class TrailingDescriptionReporterTest {

    @Test
    void theMotherWhoTellsOfHerSonGoesOnSpeaking() {
        List<Quote> q = top("Youssef Amrani returned to Belgium in 2016.\n\nYoussef was beaten by the religious police for"
                + " smoking, his mother said. \"They broke his arm. He never told the doctors.\"", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("his mother");
    }

    @Test
    void theBrotherNamedBeforeSpeaksAfterAClauseAboutAnotherFighter() {
        List<Quote> q = top("Tariq Mahmood died in November. His older brother, Sajid Mahmood, spoke at the inquest.\n\n"
                + "\"He came back, but he didn't really come back,\" Sajid Mahmood said.\n\n"
                + "Tariq had been locked up for three weeks after another fighter accused him of spying, his brother said."
                + " \"They kept asking him who he worked for.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sajid Mahmood");
    }

    @Test
    void aNeighbourWhoRemembersTheAmericanSpeaks() {
        List<Quote> q = top("Daniel Reyes pleaded guilty on Friday.\n\nReyes had stayed in Raqqa until the end of 2016, a former"
                + " neighbour recalled. \"Everybody there knew him as the American.\"", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("a former neighbour");
    }

    @Test
    void aDescriptionInAppositionAfterAnAgeLeavesTheNameSpeaking() {
        List<Quote> q = top("Ruth Kessler, 52, his attorney, said the plea was sincere. \"He never held a weapon.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ruth Kessler");
    }
}
