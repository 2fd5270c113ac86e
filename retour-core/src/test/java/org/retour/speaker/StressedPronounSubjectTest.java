package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A stressed pronoun that opens a sentence (« Lui assure … ») is no person's name: it is the subject of its verb,
 * as « il » would be, and stands for the man the text is about.
 */
class StressedPronounSubjectTest {

    @Test
    void luiBeforeAVerbOfSpeechIsTheManJustIntroduced() {
        List<Quote> q = top("Karim Benali comparaît libre. La juge Anne Durand l'interroge longuement.\n\n"
                + "Son cousin Yanis Merad se lève ensuite. Lui assure n'avoir « jamais porté une arme ». "
                + "« Je faisais la cuisine pour la brigade », explique-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yanis Merad");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Merad");
    }

    @Test
    void emphaticPronounWithMêmeIsTheSubjectOfItsVerb() {
        List<Quote> q = top("Son ancienne voisine, Inès Haddou, a témoigné à l'audience. « Il était très calme », "
                + "a-t-elle déclaré. Elle-même affirme n'avoir « rien remarqué ».\n\n"
                + "Un cousin de l'accusé, Hédi Saïdi, se montre plus prudent. Lui-même dit être parti « pour aider ». "
                + "Le frère de Hédi, lui, n'a rien dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Inès Haddou");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Hédi Saïdi");
    }
}
