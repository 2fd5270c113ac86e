package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** The person a question is put to by name (« demande à X s'il … ») gives the answer that follows. */
class AskedByNameAnswersTest {

    @Test
    void theOneAskedByNameAnswersAfterRéponse() {
        List<Quote> q = top("Karim Benali, 31 ans, comparaît devant la cour. Le président, Jean Roux, l'interroge "
                + "longuement sur son départ.\n\nEn fin de journée, un juré demande à Karim Benali s'il a eu peur "
                + "là-bas. Réponse : « J'avais surtout peur de mourir pour rien. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void theOneAskedByNameAnswersAReplyCue() {
        List<Quote> q = top("Nadia Ferhat, 28 ans, est jugée à Paris. La présidente, Anne Morel, demande à Nadia Ferhat "
                + "pourquoi elle est partie. « Pour ma sœur », répond-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadia Ferhat");
    }
}
