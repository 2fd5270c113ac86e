package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description that brings someone new on stage (« Le second témoin », « Le troisième homme ») and the name that
 * opens the next sentence with its apposition (« Paul Renaud, 35 ans, ») are one person, who speaks as that name.
 */
class DescriptionNamedInNextSentenceTest {

    @Test
    void theSecondWitnessIsTheManNamedRightAfter() {
        List<Quote> q = top("Karim Ziani, 31 ans, comparaît depuis lundi devant le tribunal correctionnel de Paris.\n\n"
                + "Le second témoin est extrait de sa cellule de Fresnes. Paul Renaud, 35 ans, condamné en 2019, a connu"
                + " l'accusé à Raqqa. « Il obéissait aux ordres sans discuter », affirme-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Renaud");
    }

    @Test
    void theThirdManNamedRightAfterSpeaksAsHimself() {
        List<Quote> q = top("Trois anciens combattants ont accepté de nous parler.\n\n"
                + "Le troisième homme arrive en retard. Hervé Lambert, 44 ans, a quitté la Syrie en 2016. « Je n'avais"
                + " plus rien à faire là-bas », explique-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hervé Lambert");
    }

    @Test
    void withNoNameAfterItTheThirdManStaysUnnamed() {
        List<Quote> q = top("Trois anciens combattants ont accepté de nous parler.\n\n"
                + "Le troisième homme, plus âgé, refuse de donner son nom. « Je n'avais plus rien à faire là-bas »,"
                + " explique-t-il.", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void anExpertNamedAfterADeterminerAndATitleInTheNextSentenceSpeaks() {
        List<Quote> q = top("Le procès de Florian M., 27 ans, s'est ouvert lundi à Bellinzone.\n\nEntendu comme expert, un"
                + " psychiatre lausannois a décrit un jeune homme « en quête d'appartenance plus que de violence ». Le Dr"
                + " Olivier Jaccard, qui a examiné l'accusé à trois reprises, estime le risque de récidive « faible à"
                + " modéré ». « Il a rompu avec le groupe », a-t-il précisé.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Olivier Jaccard");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Olivier Jaccard");
    }
}
