package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description that tells one of several unnamed persons apart ("the younger", « le cadet ») does not take up the
 * earlier unnamed speaker another such word described ("The elder of the two").
 */
class ContrastedDescriptionTest {

    @Test
    void theYoungerIsNotTheElderWhoSpokeBefore() {
        List<Quote> q = top("Two brothers from Cardiff came back from Syria in 2016. Both were convicted.\n\n"
                + "The elder of the two, who asked not to be named, said he wanted to forget. \"I do not sleep at night.\""
                + "\n\n\"I never held a gun,\" the younger said.", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("The elder");
        assertThat(speaker(q.get(1)).description()).isEqualTo("the younger");
    }

    @Test
    void leCadetIsNotLAine() {
        List<Quote> q = top("Deux frères de Roubaix sont rentrés de Syrie en 2016.\n\n"
                + "L'aîné, qui a requis l'anonymat, dit vouloir oublier. « Je ne dors plus la nuit. »\n\n"
                + "« Je n'ai jamais tenu une arme », assure le cadet.", "fr");
        assertThat(speaker(q.get(1)).description()).isEqualToIgnoringCase("le cadet");
    }

    @Test
    void theSameContrastWordStillTakesUpTheSpeaker() {
        assertThat(ContrastWords.bundled().setApart("the younger man", "The younger of the two", "en")).isFalse();
        assertThat(ContrastWords.bundled().setApart("the younger", "The elder", "en")).isTrue();
        assertThat(ContrastWords.bundled().setApart("le jeune homme", "Ce jeune Tunisien", "fr")).isFalse();
    }
}
