package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** An elided object pronoun between a subject pronoun and its verb of speech leaves the subject pronoun the speaker. */
class ObjectPronounBeforeVerbTest {

    @Test
    void subjectPronounBeforeLApostropheSpeaks() {
        List<Quote> q = top("Première à parler, Claire Dumas, cheffe du service, a livré ses chiffres.\n\n"
                + "La députée Sabrina Kadi a insisté sur les départs. Elle l'a reconnu sans détour :"
                + " « Nous ne savons pas tout. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sabrina Kadi");
    }
}
