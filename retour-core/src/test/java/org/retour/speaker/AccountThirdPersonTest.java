package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A third-person pronoun cue inside a transcript turn told in the first person names someone the narrator tells of. */
class AccountThirdPersonTest {

    @Test
    void aPronounInsideAFirstPersonTurnIsNotTheNarrator() {
        List<Quote> q = top("Claire Martin : Et ensuite, Yassine Berrada ?\n\n"
                + "Yassine Berrada : J'avais demandé à partir. Mon chef a refusé. Il a dit aux gardes : « Surveillez-le. »"
                + " Je n'ai plus rien demandé.", "fr");
        assertThat(speaker(q.get(0)) == null ? null : speaker(q.get(0)).name()).isNull(); // the unnamed chief
    }
}
