package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An organisation right before a verb of speech is its subject: a person named after the verb ("ISD said the man,
 * Ahmad Yusof, had “…”") is the subject of the clause it reports, not the speaker.
 */
class OrganisationSubjectOverObjectTest {

    @Test
    void theOrganisationBeforeTheVerbSpeaksNotThePersonAfterIt() {
        List<Quote> q = top("SINGAPORE - Two men were detained this month.\n\n"
                + "The Internal Security Department said the man, Ahmad Yusof, had \"given up his support for the group\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Internal Security Department");
    }

    @Test
    void aPersonBeforeTheVerbStillSpeaks() {
        List<Quote> q = top("SINGAPORE - Two men were detained this month.\n\n"
                + "Ahmad Yusof said the Internal Security Department had \"treated him fairly\".", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ahmad Yusof");
    }
}
