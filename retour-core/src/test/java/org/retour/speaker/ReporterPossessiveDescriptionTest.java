package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description the reporter's possessive opens (« notre interlocuteur », « notre témoin ») names the unnamed
 * person who speaks, not the official named before.
 */
class ReporterPossessiveDescriptionTest {

    @Test
    void ourInterlocutorIsTheUnnamedSpeakerNotTheProsecutorBefore() {
        List<Quote> q = top("Le procureur, Amine Saïdi, a requis dix ans. « La loi est claire », a-t-il dit.\n\n"
                + "Après l'audience, un ancien membre du groupe a accepté de nous parler. « On nous traitait comme des"
                + " chiens », confie notre interlocuteur.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).contains("interlocuteur");
    }
}
