package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A source whose words hold a possessive ("In his words", "By her account", "in his telling") speaks for the person
 * that possessive stands for: the subject of its sentence when it fits, else the one the pronoun takes up.
 */
class PossessiveSourceIdiomTest {

    private static final String LEAD = "Karim Haddad, 31, returned to Leeds in 2019. The judge, Mary Collins, questioned"
            + " him at length.\n\n";

    @Test
    void inHisWordsGivesTheManTheWords() {
        List<Quote> q = top(LEAD + "In his words, the group was \"finished by 2017\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Haddad");
    }

    @Test
    void byHerAccountGivesTheWomanTheWords() {
        List<Quote> q = top(LEAD + "By her account, the emirs \"never went to the front\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mary Collins");
    }

    @Test
    void theSubjectOfTheSentenceIsTheOneWhosePossessiveItIs() {
        List<Quote> q = top("Many told different stories. A woman from Bekasi described a guesthouse in Raqqa where, in her"
                + " words, \"the Chechen wives had heaters and we had blankets.\"", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).startsWith("A woman");
    }
}
