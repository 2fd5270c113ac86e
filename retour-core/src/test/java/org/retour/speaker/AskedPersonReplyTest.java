package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A reply cue after a question put to a named person ("a demandé le président à Amine R.", "Judge Ward asked
 * Mirza") goes to the one asked, never to the asker.
 */
class AskedPersonReplyTest {

    @Test
    void aReplyAfterAQuestionAskedWithAPastParticipleGoesToThePersonAsked() {
        List<Quote> q = top("« Pourquoi avoir menti aux enquêteurs ? », a demandé le président à Amine R."
                + " « J'avais peur », a-t-il répondu.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amine R.");
    }

    @Test
    void aReplyAfterANamedJudgesQuestionGoesToTheDefendantNamedAsTheOneAsked() {
        List<Quote> q = top("« Pourquoi avoir menti aux enquêteurs ? », a demandé le président Jean Martin à Amine R."
                + " « J'avais peur », a-t-il répondu.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jean Martin");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amine R.");
    }

    @Test
    void aRequestIsNoQuestionSoTheNextCueKeepsItsSpeaker() {
        List<Quote> q = top("Le procureur Jean Martin a demandé dix ans contre Amine R. « C'est une peine juste »,"
                + " a-t-il ajouté.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Jean Martin");
    }
}
