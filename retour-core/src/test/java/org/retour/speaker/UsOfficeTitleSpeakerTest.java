package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An abbreviated office before a name ("Rep.", "Gov.", "Sen.") gives the person that office, so that a later
 * description by office ("the congresswoman", "the governor", "the lawmaker") takes the person up.
 */
class UsOfficeTitleSpeakerTest {

    @Test
    void theCongresswomanTakesUpTheRepresentativeNamedBefore() {
        List<Quote> q = top("Rep. Philippa Dunmore said the decision was wrong. \"These people chose to fight for a"
                + " terrorist group,\" Dunmore tweeted.\n\n\"We will hold hearings on this,\" the congresswoman said"
                + " in an interview with CNN.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Philippa Dunmore");
    }

    @Test
    void theGovernorTakesUpTheGovernorNamedBefore() {
        List<Quote> q = top("Gov. Barnaby Rook said the state would not accept any returnees. \"Texas is not a dumping"
                + " ground,\" the governor said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Barnaby Rook");
    }

    @Test
    void theLawmakerTakesUpTheSenatorNamedBefore() {
        List<Quote> q = top("Sen. Marigold Fenwick toured the camp in March. \"Nobody there is safe,\" the lawmaker"
                + " said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marigold Fenwick");
    }

    @Test
    void abbreviatedPoliceRanksAreNoPartOfTheName() {
        List<Quote> q = top("Det. Supt. Leopold Tandy spoke after the hearing. \"The evidence was clear,\" he said.",
                "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leopold Tandy");
        List<Quote> c = top("Cmdr. Evander Holt spoke after the hearing. \"The evidence was clear,\" he said.", "en");
        assertThat(speaker(c.get(0)).name()).isEqualTo("Evander Holt");
    }
}
