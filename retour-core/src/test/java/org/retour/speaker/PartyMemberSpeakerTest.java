package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A member of a party ("a Republican", "a Democrat") is a person, so that the apposition makes the name
 * before it a person's; "Representative" before a name is an office, as "Rep." is.
 */
class PartyMemberSpeakerTest {

    @Test
    void aPartyMemberInAppositionMakesTheNameBeforeItAPerson() {
        List<Quote> q = top("Lawmakers reacted on Monday.\n\nThaddeus Quarry, a Republican, said: \"This is a dangerous"
                + " precedent.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Thaddeus Quarry");
    }

    @Test
    void representativeSpelledOutIsNoPartOfTheName() {
        List<Quote> q = top("Lawmakers reacted on Monday.\n\nRepresentative Oswin Tarrant spoke first. \"We were lied"
                + " to,\" the congressman said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Oswin Tarrant");
    }
}
