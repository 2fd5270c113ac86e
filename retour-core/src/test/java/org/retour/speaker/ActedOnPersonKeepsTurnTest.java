package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * « Un responsable lui a proposé … »: the one who acts on the person told of is not whose turn it is. Words he is
 * quoted with in passing take no turn, a pronoun that looks back past the last speaker goes to the person he
 * acted on, and the subject of « Sur les raisons de son départ, il hésite » is read past the opening phrase.
 */
class ActedOnPersonKeepsTurnTest {

    @Test
    void aRecruitersWordsInPassingDoNotTakeTheReturneesTurn() {
        List<Quote> q = top("Adam Belkhir, 29 ans, est rentré au Canada en 2018. « J’ai surtout lavé des marmites »,"
                + " lâche-t-il.\n\n"
                + "Il décrit aussi des émirs qui prêchaient la modestie.\n\n"
                + "En 2016, un responsable lui a proposé de « monter au paradis en premier ». Il dit avoir feint une"
                + " blessure au pied.\n\n"
                + "Sur les raisons de son départ, il hésite. « Si on avait gagné, je ne sais pas si je serais parti. »\n\n"
                + "Ce qui l’a décidé, c’est sa petite sœur. Elle lui a envoyé un dessin. « J’ai gardé ce dessin sur"
                + " moi », confie-t-il.", "fr");
        assertThat(speaker(q.get(1)).description()).isEqualTo("un responsable");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Adam Belkhir");
        assertThat(speaker(q.get(3)).name()).isEqualTo("Adam Belkhir");
    }

    @Test
    void aPronounLookingBackPastTheSpeakerGoesToThePersonTheRecruiterActedOn() {
        List<Quote> q = top("Adam Belkhir, 29 ans, est rentré au Canada en 2018. « J’ai surtout lavé des marmites »,"
                + " lâche-t-il.\n\n"
                + "Le groupe perdait alors du terrain.\n\n"
                + "Les combattants étrangers étaient envoyés au front.\n\n"
                + "Les émirs prêchaient la modestie.\n\n"
                + "En 2016, un responsable lui a proposé de conduire un camion. « J’ai fait semblant d’être malade »,"
                + " se souvient-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Adam Belkhir");
    }
}
