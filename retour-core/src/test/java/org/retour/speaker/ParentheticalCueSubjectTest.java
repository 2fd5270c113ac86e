package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person at the head of a sentence with a cue set off by commas after them ("Okafor, he said, “…”") is the one
 * spoken of: the cue's pronoun speaks that sentence's quotes and the next "he said".
 */
class ParentheticalCueSubjectTest {

    @Test
    void theNameBeforeAParentheticalCueIsSpokenOfNotSpeaking() {
        List<Quote> q = top("Amina Okafor left for Syria in 2014.\n\nThe Conservative MP Howard Lisle defended the decision."
                + " Okafor, he said, “knew exactly what she was joining”, and voters had “zero patience” for her"
                + " return. “Choices have consequences,” he said.", "en");
        assertThat(q).hasSize(3);
        assertThat(q).allSatisfy(x -> assertThat(speaker(x).name()).isEqualTo("Howard Lisle"));
    }
}
