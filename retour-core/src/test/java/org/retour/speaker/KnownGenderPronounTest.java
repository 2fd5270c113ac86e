package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A pronoun that marks a gender goes past an unnamed object of no known gender to the person whose gender fits. */
class KnownGenderPronounTest {

    @Test
    void sheAndHeAfterAPaidSmugglerAreTheMotherAndTheSon() {
        List<Quote> q = top("Aaron Whitlock, 34, was sentenced on Friday. His mother, Lorraine Whitlock, sat in the gallery.\n\n"
                + "He told her, in a phone call arranged by the prison in 2022, that two Australians he knew had paid a"
                + " smuggler to get them out in 2017. “They were caught at the checkpoint outside the town,” she recalled.\n\n"
                + "By the end, he said, the men he was with did little but retreat. “Every week we moved further down the"
                + " river,” he wrote in one of the messages.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lorraine Whitlock");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Aaron Whitlock");
    }

    @Test
    void anUnnamedSubjectOfNoKnownGenderStillSpeaks() {
        List<Quote> q = top("Lorraine Whitlock left the court early. A smuggler who worked the Turkish border agreed to talk."
                + " \"They were caught at the checkpoint,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("A smuggler");
    }
}
