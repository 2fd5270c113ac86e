package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A feature that opens on an unnamed person with a definite description ("Der junge Mann sitzt …") and names
 * nobody else in that paragraph: a later description of the same noun takes that person up, not a counsellor
 * named since.
 */
class LeadProtagonistTest {

    @Test
    void theGermanYoungManAtTheEndIsTheUnnamedOneTheArticleOpensOn() {
        List<Quote> q = top("Köln - Der junge Mann sitzt in einem Café am Rhein und rührt seinen Kaffee nicht an. Er war"
                + " zwei Jahre beim IS. Seinen Namen will er nicht nennen.\n\nSeit zwei Jahren trifft er sich mit einem"
                + " Berater. Thomas Wendt leitet dort die Arbeit mit Rückkehrern. „Die meisten kommen enttäuscht zu"
                + " uns“, sagt er.\n\nDer junge Mann aus Köln macht heute eine Lehre. „Ich will einfach normal leben“,"
                + " sagt er zum Abschied.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Thomas Wendt");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void theFrenchYoungManAtTheEndIsTheUnnamedOneTheArticleOpensOn() {
        List<Quote> q = top("Lyon - Le jeune homme s'assoit au fond du café et ne touche pas à son thé. Il a passé deux"
                + " ans en Syrie. Il ne veut pas donner son nom.\n\nDepuis sa sortie, il voit chaque semaine un"
                + " éducateur. Marc Dubreuil suit une vingtaine de revenants. « La plupart arrivent déçus », dit-il."
                + "\n\nLe jeune homme de Lyon apprend aujourd'hui un métier. « Je veux juste une vie normale »,"
                + " dit-il en partant.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void aLeadNamedInItsOwnParagraphTakesTheNameUp() {
        List<Quote> q = top("Graz - Der Angeklagte spricht leise. Ali R., 24 Jahre alt, muss sich seit Mittwoch vor"
                + " Gericht verantworten.\n\nDie Richterin Anna Berger fragt nach seiner Zeit in Syrien. „Ich hatte"
                + " Angst“, sagt Ali R.\n\nDer Angeklagte schweigt lange. „Ich wollte nur weg“, sagt der Angeklagte"
                + " dann.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ali R.");
    }
}
