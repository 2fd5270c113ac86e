package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A naming phrase in the present ("who gives his name as") names the described person, a title before the name allowed. */
class TitledNameAfterNamingPhraseTest {

    @Test
    void theDescribedGuardIsTheTitledNameAfterThePhrase() {
        List<Quote> q = top("Two detainees talk through the bars. \"We only cooked,\" one says.\n\nThe camp's security chief,"
                + " who gives his name only as Captain Rezan, shakes his head. \"Every one of them says that,\" he says.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Rezan");
    }

    @Test
    void aGuardNamedWithoutTitleInThePresentIsNamedToo() {
        List<Quote> q = top("Two detainees talk through the bars. \"We only cooked,\" one says.\n\nA young guard, who gives"
                + " only his first name, Baran, laughs. \"They were all cooks,\" he says.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Baran");
    }
}
