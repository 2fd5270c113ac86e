package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A German description with its complement and a titled name in apposition ("Die Sprecherin der Anklage, Oberstaatsanwältin X,") is that person. */
class ApposedGermanTitleSpeakerTest {

    @Test
    void thePronounAfterADescribedProsecutorGoesToHerName() {
        List<Quote> q = top("Der Angeklagte Yunus B. schwieg lange.\n\nDie Vertreterin der Generalstaatsanwaltschaft,"
                + " Oberstaatsanwältin Miriam Hollstein, glaubt ihm nicht. „Er hat nur die Seiten gewechselt, weil"
                + " der Krieg verloren war“, sagte sie.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Miriam Hollstein");
    }
}
