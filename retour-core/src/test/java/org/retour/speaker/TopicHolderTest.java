package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description that speaks about the person its paragraph is about stands for the named holder of the topic's
 * role when that person is named shortly before it: « La mère … Josiane Marchal … », ironise la retraitée.
 */
class TopicHolderTest {

    private static final String FILLER = "Le camp compte des milliers de femmes et d'enfants venus de dizaines de pays. "
            .repeat(18);

    @Test
    void aDescriptionAfterTheTopicsNamedHolderIsThatPerson() {
        String text = "Sa mère, Josiane Marchal, habite Rimouski depuis toujours.\n\n" + FILLER + "\n\n"
                + "La mère, de son côté, n'a jamais cessé d'écrire aux ministres. Elle garde les réponses dans un "
                + "classeur. Josiane Marchal le feuillette sans colère. « Je les connais par cœur », ironise la retraitée.";
        List<Quote> q = top(text, "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Josiane Marchal");
    }
}
