package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Someone unnamed told of as an object or a preposition's complement right before a quote with no cue does not say it:
 * the named speaker of the paragraph before goes on; a newcomer who opens the sentence still speaks.
 */
class PassingContextTest {

    private static final String LEAD = "Bilal Hachemi, 31 ans, a passé deux ans en Syrie. « On m'avait promis une cause »,"
            + " raconte-t-il.\n\n";

    @Test
    void anUnnamedObjectOfTheSentenceBeforeIsNoSpeaker() {
        List<Quote> q = top(LEAD + "Dans la campagne d'Alep, son groupe ne voit pas un soldat du régime. « On attaquait"
                + " des villages tenus par d'autres rebelles. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Bilal Hachemi");
    }

    @Test
    void anEnglishPossessiveComplementIsNoSpeakerEither() {
        List<Quote> q = top("Adil Rahman, 27, was deported from Turkey. \"I was ashamed,\" he said.\n\nIn 2017 he called"
                + " home and spoke to his sister. \"She put the phone to Mum's ear and Mum just said my name.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Adil Rahman");
    }

    @Test
    void anUnnamedNewcomerWhoOpensTheSentenceSpeaks() {
        List<Quote> q = top(LEAD + "Un ancien combattant de sa brigade, rencontré à Tunis, accepte de témoigner. « On"
                + " attaquait des villages tenus par d'autres rebelles. »", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).startsWith("Un ancien combattant");
    }
}
