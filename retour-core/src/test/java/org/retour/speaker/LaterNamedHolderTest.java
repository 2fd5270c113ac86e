package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description of an office that speaks before anyone holding it is named (« la procureure … a-t-elle
 * expliqué ») is the one person the text names later behind the same office (« La procureure de la Couronne, Me
 * Isabelle Trudel »), not someone new.
 */
class LaterNamedHolderTest {

    private static final String TEXT = "Maxime Bellerive, 25 ans, a accepté mardi de se soumettre à un engagement de"
            + " ne pas troubler l'ordre public.\n\nAu micro de Radio-Canada, la procureure aux poursuites criminelles et"
            + " pénales a rappelé que la mesure n'est pas une peine. « Le tribunal ne se prononce pas sur sa culpabilité"
            + " », a-t-elle expliqué.\n\nSon avocat, Me Marc-Antoine Lavoie, s'est dit satisfait de l'entente. « Mon"
            + " client veut avancer », a-t-il résumé.\n\nDans le corridor, le père de Maxime Bellerive, Denis"
            + " Bellerive, a accepté de répondre aux journalistes. « Quand il est revenu, il avait perdu vingt livres »,"
            + " a raconté l'homme.\n\nLa procureure de la Couronne, Me Isabelle Trudel, a toutefois souligné devant le"
            + " juge que les regrets exprimés n'avaient jamais été vérifiés.\n";

    @Test
    void theProsecutorIsTheOneNamedWhenTheOfficeComesBack() {
        List<Quote> q = top(TEXT, "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Isabelle Trudel");
    }

    @Test
    void twoHoldersNamedLaterLeaveTheDescription() {
        List<Quote> q = top(TEXT + "\nLa procureure de la ville, Me Julie Gagnon, n'a pas commenté.\n", "fr");
        assertThat(speaker(q.get(0)).description()).startsWith("la procureure");
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void aNewPersonApposedToAnotherOfficeIsNotTheOneMetBefore() {
        List<Quote> q = top("Amira Khan, 29, came home in 2019.\n\nThe woman who runs her case, a probation officer,"
                + " describes a slow process. \"Nobody deradicalises in a workshop,\" the officer says.\n\nRichard Hale,"
                + " a former counter-terrorism officer, says returnees remain a risk.\n", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
    }
}
