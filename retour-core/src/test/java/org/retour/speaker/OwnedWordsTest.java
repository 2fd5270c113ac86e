package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A sentence right after a quote that says whose words they are (« Ces mots sont ceux de X », « Ce sont
 * les paroles de X ») gives the quote to the person it names, not to the one who spoke before.
 */
class OwnedWordsTest {

    @Test
    void theseWordsAreThoseOfTheWomanNamedAfterThem() {
        List<Quote> q = top("Le préfet, Alain Morel, a reçu les familles jeudi. « Chaque dossier sera examiné », a-t-il"
                + " promis.\n\n« J'ai attendu mon fils quatre ans. » Ces mots sont ceux de Fatou Diallo, venue de Kayes en"
                + " autocar.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Fatou Diallo");
    }
}
