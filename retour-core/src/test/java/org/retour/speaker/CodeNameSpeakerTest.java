package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The capital letters a court names a person by after a naming phrase ("who can be identified only as DK") are the
 * person's name, and the same letters later name the same person ("DK said").
 */
class CodeNameSpeakerTest {

    @Test
    void theLettersACourtOrderAllowsNameTheManDescribedBefore() {
        List<Quote> q = top("A man who spent a year in Syria says his curfew is unfair.\n\nThe 31-year-old, who can be"
                + " identified only as DK under a court order, came back in 2020.\n\n\"I was told I would drive an"
                + " ambulance,\" he said.\n\nDK said he had been afraid. \"I wanted my mother,\" he told the court.",
                "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("DK");
        assertThat(speaker(q.get(1)).name()).isEqualTo("DK");
    }

    @Test
    void anAcronymWithoutANamingPhraseNamesNoOne() {
        List<Quote> q = top("Amal Idris works for the UN in Erbil.\n\n\"The camps are full,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amal Idris");
    }
}
