package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;

/** English tags of tone and view right after the words ("he scoffed", "she snapped", "he reckons") are speech cues. */
class ToneTagCueTest {

    private static final String BEFORE = "Karim Benali returned from Syria in 2017. His mother, Nadia Benali, waited in Leeds.\n\n";

    @Test
    void aToneTagWithAPronounGivesTheWordsToThePersonOfItsGender() {
        for (String tag : List.of("he scoffed", "he snapped", "he fumed", "he deadpanned", "he reckons", "he chuckled")) {
            List<Quote> q = top(BEFORE + "\"I only cooked for them,\" " + tag + ".", "en");
            assertThat(q.get(0).attribution()).as(tag).isInstanceOf(Attribution.Cued.class);
            assertThat(q.get(0).attribution().speaker().name()).as(tag).isEqualTo("Karim Benali");
        }
    }
}
