package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * The words of an opening participle before a name ("Speaking to reporters, …") say nothing of who the person is;
 * a friend of the family speaks as an other.
 */
class OpenerAndFriendVoiceTest {

    @Test
    void reportersAfterAnOpeningParticipleDoNotMakeTheSpeakerAJournalist() {
        List<Quote> q = top("Speaking to reporters on Thursday, Karen Holt said the country \"cannot be complacent\".",
                "en");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.JOURNALIST);
    }

    @Test
    void anUnnamedFamilyFriendSpeaksAsOther() {
        List<Quote> q = top("\"Her mum has been waiting for this call for eight years,\" a family friend told reporters.",
                "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }
}
