package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A name in apposition to a description keeps it though post-nominal letters follow the name ("His counsel, Mary
 * Dale KC, told the judge"): a pronoun cue later in the paragraph goes to the named person, not to the description.
 */
class PostNominalApposedNameTest {

    @Test
    void aPronounAfterACounselNamedWithPostNominalLettersGoesToTheNamedCounsel() {
        List<Quote> q = top("Omar Bell was in the dock on Monday.\n\nHis counsel, Mary Dale KC, told Mr Justice Penn that"
                + " her client had \"changed his mind\". She said Bell had paid a driver, knowing that deserters were"
                + " \"shot at dawn\".\n\n\"He did not run because it was over,\" she said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mary Dale");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Mary Dale");
    }
}
