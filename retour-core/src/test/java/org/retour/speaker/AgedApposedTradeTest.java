package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A description in apposition after a name and an age between commas ("Leila Osman, 38, a teacher from Bristol")
 * stands for the named person as it does without the age: the pronoun after it speaks for her, not for an
 * unnamed teacher; the trade of a person given an age says who they are in private life, not the capacity in
 * which they speak.
 */
class AgedApposedTradeTest {

    @Test
    void aTradeAfterANameAndAnAgeIsTheNamedSister() {
        List<Quote> q = top("Karim Osman left for Syria in 2015. His sister, Leila Osman, 38, a teacher from Bristol,"
                + " has campaigned for his return.\n\n“He was seventeen and he was lied to,” she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leila Osman");
    }

    @Test
    void aRetiredTradeAfterAGivenNameAndAnAgeIsTheUncle() {
        List<Quote> q = top("The boy's uncle, Farid, 57, a retired bus driver, keeps his room as it was.\n\n"
                + "“We painted it blue for him,” he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Farid");
    }

    @Test
    void aGermanTradeAfterANameAndAnAgeIsTheSister() {
        List<Quote> q = top("Seine Schwester, Aylin Demir, 29, eine Krankenschwester aus Köln, wartet seit Jahren.\n\n"
                + "„Er schreibt kaum noch“, sagte sie.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Aylin Demir");
    }

    @Test
    void aTradeAfterAnAgeLeavesTheVoiceToWhatTheySay() {
        List<Quote> q = top("Salma Idris, 29, a nurse, worked in a clinic in Raqqa after the group took the city.\n\n"
                + "“When we ran out of insulin, the emirs still had theirs, and we were told to be patient,” she says.",
                "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Salma Idris");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.OTHER);
    }

    @Test
    void aTradeInAppositionWithoutAnAgeStillGivesItsVoice() {
        List<Quote> q = top("Dominic Farrell, a lawyer, spoke outside the court. “My client has answered every question,”"
                + " he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Dominic Farrell");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }
}
