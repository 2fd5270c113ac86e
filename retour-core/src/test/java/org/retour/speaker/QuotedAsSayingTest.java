package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** "X is quoted as saying" is one cue whose subject spoke, not the person quoting them. */
class QuotedAsSayingTest {

    @Test
    void theSubjectOfIsQuotedAsTellingSpeaks() {
        List<Quote> q = top("A prosecutor said the file was sealed in May.\n\nOmar Haddad told agents he had lost faith,"
                + " the file says. \"I came to fight Assad, not other rebels,\" Haddad is quoted as telling agents.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Haddad");
    }

    @Test
    void aPronounBeforeWasQuotedAsSayingSpeaks() {
        List<Quote> q = top("A prosecutor said the file was sealed in May.\n\nOmar Haddad told agents he had lost faith."
                + " \"I came to fight,\" he was quoted as saying.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Haddad");
    }
}
