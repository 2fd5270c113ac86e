package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;

/**
 * An adverbial between an auxiliary or a subject and its verb of speech (« a-t-il plus tard ajouté », « a pour sa part
 * annoncé », "she quickly told", "has repeatedly said") keeps the cue and its subject.
 */
class AdverbialBeforeSpeechVerbTest {

    private static final String FRENCH_OPENING = "Tiago M. a répondu lundi aux questions du tribunal de Luxembourg."
            + " Sa mère, Maria M., était dans la salle.\n\n";

    @Test
    void aPhraseOfSeveralWordsAfterTheInvertedAuxiliaryKeepsItsPronoun() {
        List<Quote> q = top(FRENCH_OPENING + "« Je ne suis pas venu ici pour dire que j'étais une victime », a-t-il d'emblée"
                + " déclaré à la barre.\n\n« Je regrette », a-t-il plus tard concédé.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tiago M.");
        assertThat(cue(q.get(0))).isEqualTo("a-t-il d'emblée déclaré");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tiago M.");
        assertThat(cue(q.get(1))).isEqualTo("a-t-il plus tard concédé");
    }

    @Test
    void anAdverbialBetweenTheAuxiliaryAndTheParticipleLeavesTheSubjectAfterIt() {
        List<Quote> q = top(FRENCH_OPENING + "« Nous ferons appel », a de son côté annoncé Me Luc Weber.\n\n"
                + "« Il a changé », a pour sa part assuré Maria M.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Luc Weber");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Maria M.");
        assertThat(cue(q.get(1))).isEqualTo("a pour sa part assuré");
    }

    @Test
    void anEnglishAdverbOfMannerBetweenThePronounAndTheVerbKeepsThePronounCue() {
        List<Quote> q = top("Maria Lopes was in the courtroom on Monday.\n\n\"He has changed,\" she quickly told reporters."
                + "\n\n\"He is my son,\" she angrily added.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Maria Lopes");
        assertThat(cue(q.get(0))).isEqualTo("quickly told");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Maria Lopes");
        assertThat(q.get(1).attribution()).isInstanceOf(Attribution.Cued.class);
    }

    @Test
    void anAdverbBetweenTheAuxiliaryAndTheParticipleKeepsANamedSubject() {
        List<Quote> q = top("Maria Lopes and her lawyer, Luc Weber, were in the courtroom on Monday.\n\n"
                + "\"He is my son,\" Lopes has repeatedly said.\n\n\"We will appeal,\" Weber later said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Maria Lopes");
        assertThat(cue(q.get(0))).isEqualTo("has repeatedly said");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Luc Weber");
    }

    private static String cue(Quote q) {
        return q.attribution().cue() == null ? null : q.attribution().cue().text();
    }
}
