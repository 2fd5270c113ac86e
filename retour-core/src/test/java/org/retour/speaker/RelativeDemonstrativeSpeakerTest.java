package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A demonstrative and a relative pronoun after an inverted verb of speech (« confie celle qui a passé cinq ans … »)
 * stand for someone told of before, of their gender, as a pronoun would; not for a person named after them.
 */
class RelativeDemonstrativeSpeakerTest {

    @Test
    void celleQuiAfterTheVerbAndAnAdverbIsTheWomanToldOfBefore() {
        List<Quote> q = top("Audrey Pelletier vit chez sa mère, à Lévis. La femme de 32 ans a accepté de nous rencontrer.\n\n"
                + "« Je ne suis pas une victime », lance d'emblée celle qui a passé cinq ans sous le contrôle du groupe.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Audrey Pelletier");
    }

    @Test
    void celuiQuiTakesTheManNotTheWomanNamedBefore() {
        List<Quote> q = top("Karim Benali a été jugé en 2019. Son avocate, Me Claire Dumas, a plaidé la sincérité.\n\n"
                + "« Je savais ce que je faisais », confie aujourd'hui celui qui a passé deux ans à Raqqa.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void theOneWhoAfterSaidIsSomeoneToldOfBefore() {
        List<Quote> q = top("Omar Haddad spent two years in Raqqa before he fled.\n\n"
                + "“I knew what I was doing,” said the one who had run the checkpoint.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar Haddad");
    }
}
