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

    @Test
    void aSubjectPronounBeforeAnObjectPronounNamesThePersonToldOf() {
        List<Quote> q = top("Comment êtes-vous parti ?\n\nPar mon ami, Sofiane. Il était parti avant moi. Il me disait :"
                + " « Ici, tu seras quelqu'un. » Il mentait.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sofiane");
    }

    @Test
    void aPronounOfTheOtherGenderFindsNoOne() {
        List<Quote> q = top("Votre famille ?\n\nYoussef. Ma mère m'a appelé en 2016. Elle m'a dit : « Je veux seulement"
                + " t'entendre. » Cela m'a fait tenir.", "fr");
        assertThat(speaker(q.get(0)) == null ? null : speaker(q.get(0)).name()).isNull();
    }
}
