package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** The subject of the clause a verb of speech reports ("ajouter que sa fille …") is not that verb's speaker. */
class ReportedClauseSpeakerTest {

    @Test
    void aPersonAfterQueIsTheReportedClausesSubject() {
        List<Quote> q = top("Sa mère, Nadia Ferrand, a été entendue mardi. « J'attendais ses messages chaque soir », "
                + "a-t-elle raconté, avant d'ajouter que sa fille était « revenue éteinte ».", "fr");
        assertThat(speaker(q.get(1)).description()).isNull();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia Ferrand");
    }

    @Test
    void aPersonRightAfterTheVerbStillSpeaks() {
        List<Quote> q = top("« Il faut du temps », a ajouté la mère du jeune homme.", "fr");
        assertThat(speaker(q.get(0)).description()).contains("mère");
    }
}
