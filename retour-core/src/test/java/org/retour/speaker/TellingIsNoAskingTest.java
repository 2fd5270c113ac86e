package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;

/**
 * "Told" reports what someone said to another, it asks them nothing: the words after "X told reporters" are X's
 * own, not an answer of the person X spoke about or to.
 */
class TellingIsNoAskingTest {

    private static String name(Quote q) {
        Speaker s = speaker(q);
        return s == null ? null : s.name();
    }

    @Test
    void wordsAfterHisSisterToldReportersAreHers() {
        List<Quote> quotes = top("Omar Haddad, 29, left Leeds for Syria in 2014.\n\nOmar was held at a checkpoint for a"
                + " week, his sister Lina Haddad told reporters. “They took his phone and his shoes. He came back with"
                + " nothing.”", "en");
        assertThat(name(quotes.get(0))).isEqualTo("Lina Haddad");
    }

    @Test
    void wordsAfterSheToldTheCourtAreHers() {
        List<Quote> quotes = top("Yusuf Demir, 31, is accused of joining the group in 2015. His wife, Elif Demir, gave"
                + " evidence on Tuesday.\n\n“He cried when he came back,” she told the court. “He did not eat for a"
                + " week.”", "en");
        assertThat(name(quotes.get(0))).isEqualTo("Elif Demir");
        assertThat(name(quotes.get(1))).isEqualTo("Elif Demir");
    }

    @Test
    void wordsAfterAnOfficerTellsTheJuryAreTheOfficers() {
        List<Quote> quotes = top("Karim Aziz, 26, denies the charges.\n\nKarim had two phones, Detective Constable Ruth"
                + " Ellery tells the jury. “One was used only to call Syria.”", "en");
        assertThat(name(quotes.get(0))).isEqualTo("Ruth Ellery");
    }
}
