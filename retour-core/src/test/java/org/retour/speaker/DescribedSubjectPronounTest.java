package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun cue after a sentence whose subject is a description no name stands for goes to that description,
 * not to an official who spoke before; a description that says nothing of who is no prosecutor.
 */
class DescribedSubjectPronounTest {

    @Test
    void theDefendantDescribedAfterTheProsecutorSpeaksNext() {
        List<Quote> q = top("Le procureur a requis six ans. « Il n'a jamais exprimé de regrets », a-t-il souligné."
                + " L'accusé a eu la parole en dernier. « Je demande pardon », a-t-il murmuré.", "fr");
        assertThat(speaker(q.get(0)).description()).isEqualTo("Le procureur");
        assertThat(speaker(q.get(1)).description()).isEqualTo("L'accusé");
    }

    @Test
    void aYoungManIsNoProsecutorButTheSameYoungManStaysHimself() {
        List<Quote> q = top("Le procureur a requis six ans. « Il n'a jamais exprimé de regrets », a-t-il souligné."
                + " Le jeune homme a eu la parole en dernier. « Je demande pardon », a-t-il murmuré.", "fr");
        assertThat(speaker(q.get(1)).description()).isEqualTo("Le jeune homme");
        List<Quote> same = top("Ce jeune Tunisien est rentré en 2017. « J'ai eu peur », raconte-t-il. Le jeune homme se"
                + " tait un instant. « On tuait ceux qui partaient », dit-il.", "fr");
        assertThat(speaker(same.get(1)).description()).isEqualTo(speaker(same.get(0)).description());
    }
}
