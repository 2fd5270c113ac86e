package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A decade noun in the cue after a quote takes up the named person who spoke just before, however far back she was named. */
class DecadeNounTakesUpSpeakerTest {

    @Test
    void laTrentenaireDeLIncisePoursuitLaParoleDeLaPersonneNommee() {
        String filler = " Le camp s'étendait sur des kilomètres, entre les tentes et les citernes, sous un ciel blanc de poussière.";
        List<Quote> q = top("Léa Moreau a grandi à Béziers." + filler.repeat(12) + "\n"
                + "Elle se souvient du départ : « On nous a dit que ce serait le paradis. »\n"
                + "Il faut insister pour qu'elle parle de la fin. « Je n'ai pas choisi de rentrer, on m'a rendue », lâche la"
                + " trentenaire.", "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Léa Moreau");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Léa Moreau");
    }
}
