package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Someone a name in the possessive determines ("Hale’s mother", "Hale’s youth worker") is another person than that
 * name: the subject of its sentence, whom a later pronoun cue takes up, and never the possessor, whose name tells no
 * gender.
 */
class PossessedKinSpeakerTest {

    @Test
    void aPronounAfterAPossessedMotherIsTheMother() {
        List<Quote> q = top("Robin Hale, 26, was stripped of his citizenship in 2019. “I never fought,” Hale told the "
                + "court.\n\nHale’s mother, who sat in the public gallery, was allowed to speak briefly. “He phoned me "
                + "every week,” she said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("mother");
    }

    @Test
    void aPossessedWorkerBeforeAColonSpeaks() {
        List<Quote> q = top("Robin Hale, 26, was stripped of his citizenship in 2019. “I never fought,” Hale told the "
                + "court.\n\nHale’s youth worker, who asked not to be named, said: “He has changed a great deal.”", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("youth worker");
    }
}
