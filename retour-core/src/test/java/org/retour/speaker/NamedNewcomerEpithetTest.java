package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An epithet after a quote ("the nurse", « le sexagénaire ») stands for the person named for the
 * first time, saying something, in the sentence before; not for the person the story spoke of earlier.
 */
class NamedNewcomerEpithetTest {

    @Test
    void theNurseAfterASisterNamedAndSpeakingInThePreviousParagraphIsTheSister() {
        List<Quote> q = top("Tariq Hamadi, 35, told detectives he was bored in Syria. \"I peeled onions,\" Hamadi said.\n\n"
                + "Outside court, his sister Samira Hamadi, 33, said the family had begged him to return.\n\n"
                + "\"Mum used to ring him every Friday and cry down the phone,\" the nurse told the Mirror.", "en");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tariq Hamadi");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Samira Hamadi");
    }

    @Test
    void aFrenchEpithetTakesUpTheNewcomerWhoSpokeInTheSentenceBefore() {
        List<Quote> q = top("Karim Bensaïd est rentré de Syrie en 2016. « Je n'avais plus rien », dit-il.\n\n"
                + "Sa voisine, Joséphine Lacombe, affirme que le quartier a changé. « Ici, tout le monde a eu peur », "
                + "raconte la sexagénaire.", "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Joséphine Lacombe");
    }

    @Test
    void aPersonNamedInTheSentenceBeforeWithoutSpeakingIsNotTheEpithet() {
        List<Quote> q = top("Dans la cuisine de Fatiha Ouchène, la radio est allumée. Sa fille Leïla, 33 ans, n'était "
                + "pas dans l'avion.\n\n"
                + "« J'ai appris par la télé qu'il y avait eu un vol », souffle la sexagénaire.", "fr");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Leïla");
    }

    @Test
    void anOfficialNamedBeforeIsNoEpithetOfAnotherVoice() {
        List<Quote> q = top("Samira Haddad, 31, came back in 2019.\n\n"
                + "Judge Margaret Ellison asked her why she stayed. \"Because there was no way out,\" the woman said.", "en");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samira Haddad");
    }
}
