package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person word right before the noun of a group or a thing modifies it ("a Christian family", "a Syrian couple",
 * "an extremist group"): it describes nobody, and a later pronoun cue goes to the person the paragraph is about.
 */
class ModifierBeforeGroupNounTest {

    @Test
    void aReligionBeforeFamilyIsNoPerson() {
        List<Quote> q = top("Hana Akhtar keeps a box of letters under her bed.\n\nThe house in Mosul had belonged to a"
                + " Christian family who left in a hurry. \"Their cups were still on the shelf,\" she says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hana Akhtar");
    }

    @Test
    void aNationalityBeforeCoupleIsNoPerson() {
        List<Quote> q = top("Tomas Berg drove trucks before he left Malmö.\n\nIn Gaziantep he rented a room from a"
                + " Syrian couple with three sons. \"They never asked me anything,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tomas Berg");
    }

    @Test
    void anExtremistBeforeGroupIsNoPerson() {
        List<Quote> q = top("Leila Osman was 17 when she was recruited online.\n\nShe first met an extremist group"
                + " through a friend at school. \"It felt like a family,\" she recalled.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leila Osman");
    }

    @Test
    void thePersonWordAloneStillDescribesSomeone() {
        List<Quote> q = top("The camp was quiet that morning.\n\nA Syrian who fled Raqqa in 2017 sat by the gate."
                + " \"We waited for months,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).contains("Syrian");
    }
}
