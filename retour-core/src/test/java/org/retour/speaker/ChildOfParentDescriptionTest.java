package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** "Mr. Sultani's mother … said her son …": the son of the named man's mother is that man. */
class ChildOfParentDescriptionTest {

    @Test
    void theSonOfTheNamedMansMotherIsThatMan() {
        List<Quote> q = top("Ahmad Sultani, 31, was arrested in Calgary.\n\nMr. Sultani's mother, who asked that her name"
                + " not be published, said her son had called her once from Syria and told her he was \"ashamed.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ahmad Sultani");
    }

    @Test
    void aDaughterOfThatMotherIsNotTheMan() {
        List<Quote> q = top("Ahmad Sultani, 31, was arrested in Calgary.\n\nMr. Sultani's mother, who asked that her name"
                + " not be published, said her daughter had called her once and told her she was \"ashamed.\"", "en");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Ahmad Sultani");
    }
}
