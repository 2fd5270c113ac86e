package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * « Le représentant du parquet », "the representative of the prosecution", „der Vertreter der Anklage“ name
 * a person who speaks for a body: the subject of a verb of speech, not the defendant the clause is about.
 */
class RepresentativeSpeakerTest {

    @Test
    void theProsecutionsRepresentativeSpeaksInFrench() {
        List<Quote> q = top("Le procès de Nadir B. s'est ouvert lundi à Lyon. « J'ai voulu partir dès 2016 », a déclaré"
                + " l'accusé.\n\nLe représentant du parquet a estimé que le jeune homme « n'a jamais renoncé à ses idées »,"
                + " et a requis huit ans.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nadir B.");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Le représentant");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void theProsecutionsRepresentativeSpeaksInGerman() {
        List<Quote> q = top("Der Prozess gegen Adam K. begann am Montag in Köln. „Ich wollte schon 2016 gehen“, sagte der"
                + " Angeklagte.\n\nDer Vertreter der Bundesanwaltschaft sagte, der junge Mann habe „nie seine Ideen"
                + " aufgegeben“.", "de");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Der Vertreter");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.OFFICIAL);
    }
}
