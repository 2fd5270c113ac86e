package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A pronoun cue after reported speech goes to the person who reports, not to the speaker of an earlier paragraph. */
class ReportedSpeakerPronounTest {

    private static final String EARLIER = "Arta spent four years in Syria.\n\n"
            + "\"The judge looked at me like a person, not like a file,\" she said.\n\n";

    @Test
    void nameAfterAnInvertedVerbTakesUpShe() {
        List<Quote> q = top(EARLIER + "Most of the women were taken there by their husbands, said Drita Berisha, a researcher"
                + " who has interviewed dozens of them. \"The question is what they believed,\" she said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Drita Berisha");
    }

    @Test
    void titledSubjectOfAVerbLateInItsSentenceTakesUpHe() {
        List<Quote> q = top("Akeem Joseph came back in November.\n\n\"I wanted to be a hero,\" he said.\n\n"
                + "Of an estimated 130 citizens who travelled, 11 have returned, Assistant Commissioner of Police Curtis"
                + " Ramdass said in a statement. \"Each returnee is monitored,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Curtis Ramdass");
    }

    @Test
    void addresseeOfToldDoesNotTakeUpThePronoun() {
        List<Quote> q = top(EARLIER + "She told Lena Park she tried to escape twice. The second time, she said, a guard"
                + " caught her. \"I believed her,\" she said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Arta");
    }

    @Test
    void reporterWhoseGivenNameLooksFeminineTakesUpHe() {
        List<Quote> q = top("Agus Santoso came back in 2018. \"We waited four hours for bread,\" he said.\n\n"
                + "Noor Huda Ismail, a researcher who has followed dozens of returning families, said such stories"
                + " were common. \"What breaks them is rarely ideology,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Noor Huda Ismail");
    }
}
