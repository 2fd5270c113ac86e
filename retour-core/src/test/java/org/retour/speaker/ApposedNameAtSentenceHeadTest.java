package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;

/**
 * A pronoun cue after a sentence whose subject is a description with a name in apposition ("Le prévenu,
 * Rachid A., baisse la tête.", "Son père, Mohamed, l'a cherché") goes to that person, as it does for a
 * bare name; and an adverb after an inverted auxiliary keeps the cue ("a-t-elle simplement dit").
 */
class ApposedNameAtSentenceHeadTest {

    @Test
    void aPronounCueAfterADefendantNamedInAppositionGoesToHimNotToHisLawyer() {
        List<Quote> q = top("Son avocat, Me Thomas Klotz, plaide la clémence. « Il avait 19 ans », rappelle-t-il."
                + " Le prévenu, Rachid A., baisse la tête. « Je regrette », murmure-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Thomas Klotz");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Rachid A.");
    }

    @Test
    void aPronounCueAfterAFatherNamedInAppositionGoesToTheFatherNotToTheSonNamedFirst() {
        List<Quote> q = top("Tarik a rejoint l'EI à 19 ans. Son père, Mohamed, l'a cherché pendant des mois."
                + " « J'ai appelé tout le monde », dit-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mohamed");
    }

    @Test
    void withoutANewSubjectBeforeItThePronounCueStaysWithThePreviousSpeaker() {
        List<Quote> q = top("Son avocat, Me Thomas Klotz, plaide la clémence. « Il avait 19 ans », rappelle-t-il."
                + " « Il a rompu avec tout cela », insiste-t-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Thomas Klotz");
    }

    @Test
    void anAdverbBetweenTheInvertedAuxiliaryAndTheParticipleKeepsThePronounCue() {
        List<Quote> q = top("Samir a 42 ans. Sa fille, Lina, est partie à 15 ans. « C'est fini », a-t-elle simplement dit.",
                "fr");
        assertThat(q.get(0).attribution()).isInstanceOfSatisfying(Attribution.Cued.class,
                c -> assertThat(c.cue().text()).isEqualTo("a-t-elle simplement dit"));
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lina");
    }

    @Test
    void anAdverbAfterAnAuxiliaryWithoutInversionMakesNoPronounCue() {
        List<Quote> q = top("Samir a 42 ans. « C'est fini », a longuement expliqué son père.", "fr");
        assertThat(q.get(0).attribution()).isInstanceOfSatisfying(Attribution.Cued.class,
                c -> assertThat(c.cue().text()).isEqualTo("a longuement expliqué"));
        assertThat(speaker(q.get(0)).description()).isEqualTo("son père");
    }
}
