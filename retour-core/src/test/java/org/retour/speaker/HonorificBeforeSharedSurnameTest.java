package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A gendered honorific before a surname two persons share names the one whose given name has its gender ("Mrs
 * Pearce" after "Liam Pearce" and "Gaylene Pearce"), or the one whose given name has no known gender when the first
 * has the other; "Cllr" is a councillor's title.
 */
class HonorificBeforeSharedSurnameTest {

    @Test
    void mrsNamesTheWomanOfTheSurname() {
        List<Quote> q = top("Daniel Marlowe, 38, travelled to Syria in 2014.\n\n"
                + "Margaret Marlowe, 64, has received three letters from him.\n\n"
                + "\"He asked whether the dog was still alive,\" Mrs Marlowe said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Margaret Marlowe");
    }

    @Test
    void mrsNamesTheOneOfAnUnlistedGivenName() {
        List<Quote> q = top("Daniel Marlowe, 38, travelled to Syria in 2014.\n\n"
                + "Wharetini Marlowe, 64, has received three letters from him.\n\n"
                + "\"He asked whether the dog was still alive,\" Mrs Marlowe said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Wharetini Marlowe");
    }

    @Test
    void cllrIsACouncillorsTitle() {
        List<Quote> q = top("Samir Qureshi was jailed in 2019.\n\n"
                + "Councillor Amina Qureshi, who represents the ward, met the family.\n\n"
                + "\"These families did nothing wrong,\" said Cllr Qureshi.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amina Qureshi");
    }
}
