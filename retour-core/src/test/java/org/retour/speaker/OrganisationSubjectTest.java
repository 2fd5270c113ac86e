package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A cue's pronoun or plain noun of a state body takes up the organisation that opens the sentence before it, not
 * a person who spoke earlier.
 */
class OrganisationSubjectTest {

    @Test
    void ilAfterTheMinistryOpeningTheSentenceBeforeIsTheMinistry() {
        List<Quote> q = top("« Nous manquons de tout », confie un éducateur du centre, qui a requis l'anonymat.\n\n"
                + "Le ministère de l'intérieur, lui, se dit serein. Dans un communiqué diffusé mardi, il assure que"
                + " « chaque dossier est suivi ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ministère de l'Intérieur");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void leMinistereAfterTheVerbTakesUpTheMinistryNamedBefore() {
        List<Quote> q = top("« Nous manquons de tout », confie Paul Garnier, éducateur à Lille.\n\n"
                + "Le ministère de l'intérieur refuse de commenter. « Chaque dossier est suivi de près », a précisé le"
                + " ministère.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ministère de l'Intérieur");
    }

    @Test
    void aPersonBetweenTheOrganisationAndThePronounKeepsThePronounHis() {
        List<Quote> q = top("Le ministère de l'intérieur se dit serein. Son porte-parole, Marc Aubry, a été plus prudent :"
                + " il estime que « rien n'est réglé ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Marc Aubry");
    }
}
