package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** "Her younger self" is no one else: "younger" before "self" heads no description of a person. */
class YoungerSelfTest {

    @Test
    void aQuoteAfterASentenceAboutHerYoungerSelfIsHers() {
        List<Quote> q = top("Rebecca Hollis, 29, travelled to Syria in 2015.\n\n"
                + "Asked what she would say to her younger self, Hollis is quiet for a long time.\n\n"
                + "\"Stay in Hamilton. Go to the beach.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rebecca Hollis");
    }
}
