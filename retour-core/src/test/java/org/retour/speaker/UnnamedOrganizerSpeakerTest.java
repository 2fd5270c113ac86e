package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Organizers, surrenderers and intelligence officers head descriptions of unnamed speakers, who are no one named before them. */
class UnnamedOrganizerSpeakerTest {

    @Test
    void anUnnamedOrganizerSpeaksNotTheBrotherNamedBefore() {
        List<Quote> q = top("Yusuf Dahir was freed in March. \"He prays at home now,\" his brother Ahmed Dahir said.\n\n"
                + "A youth organizer who asked not to be named said parents still kept their sons away. \"Nobody wants"
                + " to be seen with him,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void anUnnamedSurrendererIsAFormerFighter() {
        List<Quote> q = top("The governor, Mamintal Adiong, spoke first. \"We welcome them back,\" he said.\n\n"
                + "A third surrenderer, who asked not to be named, said: \"The commanders ate while we starved.\"", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void einVerfassungsschuetzerIstEinUngenannterBeamter() {
        List<Quote> q = top("Der Forscher Jonas Albers hat viele Rückkehrer befragt. „Sie sind enttäuscht“, sagt Albers.\n\n"
                + "„Enttäuschung ist noch keine Abkehr“, sagte ein Verfassungsschützer, der anonym bleiben wollte.", "de");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
    }
}
