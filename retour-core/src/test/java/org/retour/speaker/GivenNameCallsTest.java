package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A surname alone goes to the bearer the text never calls by their given name when it calls the other one so
 * ("Tariq" … "Mr Mahmood replied": the brother Sajid Mahmood), however far back that bearer was named in full.
 */
class GivenNameCallsTest {

    private static final String GAP = "\n\nThe coroner asked about his probation officer.\n\nNobody called back.\n\n";

    @Test
    void theBrotherNeverCalledByHisGivenNameIsMrMahmood() {
        List<Quote> q = top("Tariq Mahmood died in November. His older brother, Sajid Mahmood, gave evidence on Tuesday.\n\n"
                + "\"He came back, but he didn't really come back,\" the 38-year-old said.\n\n"
                + "Tariq had been jailed in 2016. Tariq rarely spoke of Raqqa." + GAP
                + "\"We did ask, more than once,\" Mr Mahmood replied.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sajid Mahmood");
    }

    @Test
    void frenchBrotherIsMonsieurBenali() {
        List<Quote> q = top("Youssef Benali est mort en novembre. Son frère aîné, Karim Benali, a témoigné mardi.\n\n"
                + "« Il est revenu, mais pas vraiment », a dit le quadragénaire.\n\n"
                + "Youssef avait été condamné en 2016. Youssef parlait peu de Raqqa.\n\nLe juge a posé des questions sur son"
                + " suivi.\n\nPersonne n'a rappelé.\n\n« Nous avons demandé, plusieurs fois », a répondu M. Benali.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void germanBrotherIsHerrBenali() {
        List<Quote> q = top("Youssef Benali starb im November. Sein älterer Bruder, Karim Benali, sagte am Dienstag aus.\n\n"
                + "„Er kam zurück, aber nicht wirklich“, sagte der 38-Jährige.\n\n"
                + "Youssef war 2016 verurteilt worden. Youssef sprach kaum über Rakka.\n\nDer Richter fragte nach dem"
                + " Bewährungshelfer.\n\nNiemand rief zurück.\n\n„Wir haben gefragt, mehrmals“, antwortete Herr Benali.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Karim Benali");
    }

    @Test
    void withNoOneCalledByGivenNameTheSurnameKeepsItsPerson() {
        List<Quote> q = top("Tariq Mahmood died in November. His older brother, Sajid Mahmood, gave evidence on Tuesday.\n\n"
                + "\"He came back, but he didn't really come back,\" the 38-year-old said." + GAP
                + "\"We did ask, more than once,\" Mr Mahmood replied.", "en");
        assertThat(speaker(q.get(1)).name()).isNotNull();
    }
}
