package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A demonstrative opening a sentence ("That social worker was Arta Sulejmani") describes a person as "the" would,
 * so the copula gives the named person the trade and its voice; "that" as a conjunction before a quantifier ("said
 * that every returnee") opens no description.
 */
class DemonstrativeDescriptionVoiceTest {

    @Test
    void aDemonstrativeDescriptionGivesTheNamedPersonHerVoice() {
        List<Quote> q = top("A returnee from Syria met a social worker in 2019.\n\nThat social worker was Arta Sulejmani, "
                + "who has followed returnees since 2019. She has eleven men in her caseload.\n\n"
                + "“Prison ends on a certain date. The problems do not,” she says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Arta Sulejmani");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OTHER);
    }

    @Test
    void thatBeforeAQuantifierOpensNoDescription() {
        List<Quote> q = top("Emir Hodzic, who fought with the Islamic State in Syria, came back in 2019.\n\n"
                + "The state prosecutor's office said in a statement that every returnee \"remains under assessment\".",
                "en");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Emir Hodzic");
    }
}
