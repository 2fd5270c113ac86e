package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** Who takes the floor in the sentence before a quote speaks it, with no verb of speech. */
class FloorTakerSpeakerTest {

    @Test
    void theOneWhoTakesTheFloorSpeaksTheQuoteAfterIt() {
        List<Quote> q = top("Amira Benali écoute son fils sans l'interrompre. Son mari, Hocine Benali, reste assis.\n\n"
                + "Avant la fin de la rencontre, Hocine Benali prend la parole une dernière fois. "
                + "« Je n'ai jamais cessé de l'attendre. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hocine Benali");
    }

    @Test
    void theAccusedWhoAskedForTheFloorSpeaksOverTheJudgeWhoGaveIt() {
        List<Quote> q = top("Dans le box, Youssef Amrani secoue la tête. L'accusé a demandé la parole, que la présidente, "
                + "Hélène Garnier, lui a accordée. « Je suis rentré parce que je voulais partir depuis longtemps. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Youssef Amrani");
    }
}
