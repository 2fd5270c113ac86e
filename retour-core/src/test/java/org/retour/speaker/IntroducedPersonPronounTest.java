package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** Whom a pronoun cue stands for when a new person comes up: named between two quotes, or named right after a lede's pronoun. */
class IntroducedPersonPronounTest {

    @Test
    void invertedCueGoesToThePersonTheParagraphBeforeIntroduces() {
        List<Quote> q = top("Son voisin, Anouar, raconte que les chefs voyaient des espions partout.\n\n"
                + "« Si tu posais une question, tu devenais un espion », ajoute-t-il.\n\n"
                + "Le troisième, Youssef, a connu la fin. Il raconte que les villages tombaient l'un après l'autre.\n\n"
                + "« Le califat, à la fin, c'était un camion qui recule », résume-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Anouar");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Youssef");
    }

    /** A nurse's two quotes with {@code between} as the paragraph between them. */
    private static List<Quote> nurseQuotesAround(String between) {
        return top("Daniel Brooks worked for two years in a hospital in Raqqa.\n\n"
                + "\"We had no antibiotics after the first winter,\" he said.\n\n" + between + "\n\n"
                + "\"After that we worked in a basement,\" he added.", "en");
    }

    @Test
    void pronounCueAfterAParagraphWithoutANewPersonStaysWithTheSpeaker() {
        List<Quote> q = nurseQuotesAround("The hospital was bombed twice in 2017.");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Daniel Brooks");
    }

    @Test
    void newPersonOfTheOtherGenderDoesNotTakeOverHe() {
        List<Quote> q = nurseQuotesAround("Sarah Lowe, his sister, remembers the calls from Syria.");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Daniel Brooks");
    }

    @Test
    void newPersonTakesOverSheInEnglish() {
        List<Quote> q = top("Amina Yusuf spent three years in Raqqa.\n\n"
                + "\"The emir took everything,\" she said.\n\n"
                + "Fatima Hassan, her neighbour in the camp, arrived a year later. She describes the same hunger.\n\n"
                + "\"We ate grass in the last month,\" she says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amina Yusuf");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Fatima Hassan");
    }

    @Test
    void ledeOpeningOnAPronounGivesItToThePersonNamedNext() {
        List<Quote> q = top("Il se présente comme « infirmier, pas combattant ». Christophe Payet, 41 ans, originaire de"
                + " Saint-Pierre, a rejoint en 2014 un hôpital tenu par l'État islamique à Tabqa.", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).isEqualTo("Christophe Payet");
    }

    @Test
    void ledePronounReachesTheNextParagraphsButNoFurther() {
        List<Quote> q = top("Il se présente comme « infirmier, pas combattant ».\n\nChristophe Payet, 41 ans, a rejoint"
                + " en 2014 un hôpital à Tabqa.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Christophe Payet");
        List<Quote> far = top("Il se présente comme « infirmier, pas combattant ».\n\nLe procès s'ouvre lundi.\n\nLa"
                + " salle est pleine.\n\nChristophe Payet, 41 ans, a rejoint en 2014 un hôpital à Tabqa.", "fr");
        assertThat(speaker(far.get(0)) == null ? null : speaker(far.get(0)).name()).isNotEqualTo("Christophe Payet");
    }
}
