package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** « Réponse de X : « … » » and « Réplique de X » give the words that follow to X, not to the one who asked. */
class ReplyNounSourceTest {

    private static final String HEARING = "LILLE - Mehdi Rouabah, 28 ans, comparaît depuis lundi.\n\n"
            + "Le président, Jean-Marc Fleury, lui demande pourquoi il a attendu. Il explique que son émir gardait"
            + " les passeports.\n\n";

    @Test
    void theWordsAfterAReplyOfTheAccusedAreHis() {
        List<Quote> q = top(HEARING + "Réponse de l'accusé, à voix basse : « Je n'avais plus de papiers, plus"
                + " d'argent. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mehdi Rouabah");
    }

    @Test
    void theWordsAfterARetortOfTheAccusedAreHers() {
        List<Quote> q = top("LILLE - Sonia Ferrat, 31 ans, comparaît depuis lundi.\n\n"
                + "La présidente, Anne Roussel, lui demande pourquoi elle a attendu. Elle explique que son mari gardait"
                + " les passeports.\n\nRéplique de la prévenue : « Je n'avais plus de papiers. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sonia Ferrat");
    }
}
