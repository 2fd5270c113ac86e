package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description that brings someone new on stage (« Le second témoin », « Le troisième homme ») and the name that
 * opens the next sentence, or a later one past sentences that name no one else (« Paul Renaud, 35 ans, »), are one
 * person, who speaks as that name. So are a definite description that opens its sentence („Die Anklagevertreterin
 * sieht das anders.“) and the name that opens the next.
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

    @Test
    void aDescriptionWhoseOwnQuoteComesFirstIsTheNameThatOpensALaterSentence() {
        List<Quote> q = top("Mehdi Karroum est sorti de prison en 2022. Une assistante sociale du SPIP le suit depuis. « Il"
                + " vient à tous ses rendez-vous », assure-t-elle. Sophie Lamarck ajoute : « Ce n'est pas un homme"
                + " dangereux. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sophie Lamarck");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sophie Lamarck");
    }

    @Test
    void aNameInTheNextParagraphLeavesTheDescriptionUnnamed() {
        List<Quote> q = top("Hélène Marchetti a quitté la DGSI en 2020. Un ancien collègue, toujours en poste, le juge"
                + " « honnête mais imprudent ». « Elle donne à ces récits une forme de crédit qu'ils n'ont pas toujours. »"
                + "\n\nL'avocat Antoine Ferrand voit les choses autrement. « Pour une fois, quelqu'un de l'intérieur"
                + " admet que ces hommes ont quelque chose à nous apprendre », salue-t-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(2)).name()).isEqualTo("Antoine Ferrand");
    }

    @Test
    void someoneElseNamedInBetweenLeavesTheDescriptionUnnamed() {
        List<Quote> q = top("Au centre, un éducateur reçoit les jeunes le mardi. « Ils arrivent avec beaucoup de honte »,"
                + " explique-t-il. Dans le bureau voisin, Paul Girard hoche la tête. Julien Marchetti travaille ici depuis dix"
                + " ans.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void aDefiniteDescriptionOpeningItsSentenceIsThePersonTheNextSentenceNames() {
        List<Quote> q = top("Die Richterin Birgit Hollander nickte. „Warum erst dann?“, fragte Hollander.\n\nDie"
                + " Anklagevertreterin sieht das anders. Oberstaatsanwältin Annika Sperber zeigte sich in einer"
                + " Verhandlungspause wenig beeindruckt. „Die Angeklagte hat sich bewusst entschieden“, sagte sie.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Annika Sperber");
    }
}
