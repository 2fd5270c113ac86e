package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * When the writer is the subject ("nous avons croisé", "we met"), the person it meets is the one the paragraph
 * introduces: a pronoun cue after it goes to her, not to the speaker of the paragraph before, a woman too.
 */
class MetByReporterTest {

    @Test
    void theSisterTheReporterMetTakesThePronounFromTheProsecutorBefore() {
        List<Quote> q = top("Le procès de Mehdi Saoudi, 36 ans, s’achève à Paris.\n\n"
                + "« L’accusé ne s’est pas détourné de l’organisation », avait lancé l’avocate générale, Claire Mathonnet.\n\n"
                + "12h05 – Dans la salle des pas perdus, nous avons croisé la sœur de l’accusé, Nawel Saoudi. « Il"
                + " m’écrivait de Mossoul », nous confie-t-elle.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nawel Saoudi");
    }

    @Test
    void anEnglishSisterTheReporterMetIsTheOneWhoTellsToo() {
        List<Quote> q = top("The trial of Adam Price, 31, went on in Leeds on Monday.\n\n"
                + "“He never left the group of his own will,” the prosecutor, Claire Hobbs, said.\n\n"
                + "Outside the courtroom after the hearing on Monday evening, we met his sister, Amira Price. “He wrote"
                + " to me from Mosul every week,” she told us.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amira Price");
    }
}
