package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A surname shared by two people goes on naming the relative who was quoted by it as long as that relative holds the
 * floor, however many paragraphs back their full name stands.
 */
class SurnameFloorTest {

    private static final String FATHER = "Yusuf Karimi, 27, was charged on Monday with membership of a terrorist"
            + " organisation.\n\nHe appeared in court by video link. He did not enter a plea.\n\nOutside court, his"
            + " father Omar Karimi said he had not seen his son for three years.\n\n\"He was a naive boy,\" Mr Karimi"
            + " said.\n\n\"He believed what he was told.\"\n\n";

    @Test
    void theOlderBearerOfTheSurnameKeepsItWhileHeHoldsTheFloor() {
        List<Quote> q = top(FATHER + "The older Mr Karimi, a bus driver, said his son had phoned him in tears in 2017.\n\n"
                + "\"He begged me to find a smuggler. I did not know anyone.\"", "en");
        assertThat(q).extracting(x -> speaker(x).name()).containsOnly("Omar Karimi");
    }

    @Test
    void aPronounCueAfterTheSurnameKeepsTheRelativeQuotedByIt() {
        List<Quote> q = top(FATHER + "Mr Karimi did not pretend his son was innocent.\n\n\"He made his choice,\" he"
                + " said.", "en");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Omar Karimi");
    }

    @Test
    void aRelativeQuotedByHisGivenNameLeavesTheSurnameToTheSubject() {
        List<Quote> q = top("Nadir Selimi left for Syria in 2014. He came back two years later.\n\nHis uncle, Besim"
                + " Selimi, paid the smuggler. Besim remembers the call. \"He was crying,\" Besim said.\n\nSelimi spent"
                + " three years in prison.\n\nToday he works in a bakery.\n\nSelimi knows how people see him. \"They think I"
                + " am dangerous,\" Selimi said.", "en");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Nadir Selimi");
    }
}
