package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * In a hearing, a quote with no cue after a sentence in which the judge or the prosecutor confronts someone with a
 * point through an object pronoun (« lui rappelle », « lui objecte », « lui fait remarquer ») is the answer of the one
 * confronted, not the words of the one who confronts; a speech cue inside the point put to them introduces nothing.
 */
class ConfrontedPersonAnswersTest {

    private static final String OPENING = "Yanis Benali, 27 ans, est jugé depuis lundi à Paris. « Je voulais aider »,"
            + " dit-il à la barre. ";

    @Test
    void theOneRemindedAnswersNotTheJudge() {
        List<Quote> q = top(OPENING + "Le président, Marc Ollier, lui rappelle qu’il est parti avec une kalachnikov."
                + " « Tout le monde en avait une là-bas. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Benali");
    }

    @Test
    void aCueInsideWhatIsPointedOutToHimIntroducesNothing() {
        List<Quote> q = top(OPENING + "La présidente, Anne Lemoine, lui fait remarquer qu’un voisin l’a reconnu sur une"
                + " vidéo. « Ce voisin ment, madame la présidente. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Benali");
    }

    @Test
    void theOneObjectedToAnswers() {
        List<Quote> q = top(OPENING + "L’avocate générale, Claire Dumas, lui objecte que la frontière turque était encore"
                + " ouverte. « Pas pour nous. Les passeurs demandaient trop. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Benali");
    }

    @Test
    void theOneRemindedAnswersInEnglishAndGerman() {
        List<Quote> en = top("Yanis Benali, 27, is on trial in Paris. “I wanted to help,” he told the court. The judge,"
                + " Mark Oliver, reminded him that he had left with a rifle. “Everyone had one there.”", "en");
        assertThat(speaker(en.get(1)).name()).isEqualTo("Yanis Benali");
        List<Quote> de = top("Yanis Benali, 27, steht in Düsseldorf vor Gericht. „Ich wollte helfen“, sagte er. Der"
                + " Richter, Markus Oller, hielt ihm vor, dass er mit einem Gewehr ausgereist sei. „Dort hatte jeder eins.“",
                "de");
        assertThat(speaker(de.get(1)).name()).isEqualTo("Yanis Benali");
    }
}
