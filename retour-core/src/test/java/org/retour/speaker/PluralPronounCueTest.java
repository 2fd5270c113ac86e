package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;

/**
 * A cue after a quote whose subject is a plural pronoun (« lui demandent-ils ») gives its words to several people:
 * no one person of the context speaks them, and the reply after them goes to the one they asked.
 */
class PluralPronounCueTest {

    @Test
    void aQuestionOfSeveralInvestigatorsIsNoOnePersonsAndTheReplyIsHers() {
        List<Quote> q = top("Nadia Rahmani, 33 ans, a été entendue en 2020. « On ne sortait plus », déclare-t-elle.\n\n"
                + "Les policiers insistent. « Pourquoi n'êtes-vous pas partie plus tôt ? », lui demandent-ils."
                + " « Parce que j'avais peur pour mon fils », répond-elle.", "fr");
        assertThat(q.get(1).attribution()).isInstanceOf(Attribution.Unattributed.class);
        assertThat(q.get(2).attribution().speaker().name()).isEqualTo("Nadia Rahmani");
    }
}
