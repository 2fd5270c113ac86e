package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person the reporter met or a hearing heard earlier in the paragraph speaks the words of the pronoun's cue after
 * them, not the speaker of the paragraph before nor the person whose relative they are.
 */
class MetPersonSpeakerTest {

    private static final String TRIAL = "Sofiane Mekki, 29 ans, a été condamné mardi à huit ans de prison. Son avocat,"
            + " Me Étienne Rolland, a plaidé la clémence. « Mon client a tout avoué », a-t-il soutenu.\n\n";

    @Test
    void theFatherWeMetSpeaksNotTheAccused() {
        List<Quote> q = top(TRIAL + "Devant le palais, nous avons rencontré le père de l'accusé, un électricien à la"
                + " retraite. « Il a été trompé par des gens du quartier », nous confie-t-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("le père");
    }

    @Test
    void theWitnessAHearingHearsSpeaksNotTheLastLawyer() {
        List<Quote> q = top(TRIAL + "L'audience reprend avec l'audition d'un témoin, un ancien voisin de l'accusé,"
                + " entendu derrière un paravent. « Il ne parlait que de partir », a-t-il témoigné.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("un témoin");
    }

    @Test
    void aBrotherTheSubjectMetLeavesTheSubjectSpeaking() {
        List<Quote> q = top("Karim Lahlou est rentré de Syrie en 2018. A Raqqa, il a retrouvé son frère, blessé."
                + " « Je ne l'ai pas reconnu », raconte-t-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Lahlou");
    }
}
