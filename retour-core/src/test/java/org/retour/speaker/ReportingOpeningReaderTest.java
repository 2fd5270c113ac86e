package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * A quote that opens by reporting a message of someone else (« Il écrit : “…” », "He says, ‘…’", „Er schreibt:
 * ‚…‘“) is the words of the one who reads it out; the nested message is its writer's. A quote opening « Il me
 * disait : “…” » is the words of the one told, a letter's writer too.
 */
class ReportingOpeningReaderTest {

    @Test
    void ilEcritOuvreLesMotsDeLaLectrice() {
        Analysis a = TestPipelines.analyze("Son fils Karim, 24 ans, est parti en Syrie en 2015.\n\n"
                + "Nadia Mansouri, 52 ans, garde tous ses messages dans un classeur. Elle en lit un, reçu à l'automne"
                + " 2016 : « Il écrit : “On dort dans une cave, on n'a plus d'eau depuis une semaine.” »", "fr");
        Quote outer = topLevel(a).get(0);
        assertThat(outer.text()).startsWith("Il écrit : “On dort");
        assertThat(outer.span().of(a.text())).isEqualTo(outer.text());
        assertThat(speaker(outer).name()).isEqualTo("Nadia Mansouri");
        Quote inner = children(a, outer).get(0);
        assertThat(inner.span().of(a.text())).isEqualTo("On dort dans une cave, on n'a plus d'eau depuis une semaine.");
        assertThat(speaker(inner).name()).isEqualTo("Karim");
    }

    @Test
    void heSaysOpensTheWordsOfTheOneWhoReadsTheMessage() {
        Analysis a = TestPipelines.analyze("Her son Daniel left for Syria in 2014.\n\n"
                + "At the kitchen table, Mary Collins scrolled back to a message from 2016. “He says, ‘We have no food"
                + " left, the commanders eat first,’” Collins read.", "en");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Mary Collins");
        assertThat(speaker(children(a, outer).get(0)).name()).isEqualTo("Daniel");
    }

    @Test
    void erSchreibtOeffnetDieWorteDerVorleserin() {
        Analysis a = TestPipelines.analyze("Ihr Sohn Jonas ging 2014 nach Syrien.\n\n"
                + "Petra Albers hat alle seine Nachrichten ausgedruckt. Eine davon liest sie vor: „Er schreibt: ‚Wir"
                + " schlafen im Keller, es gibt kein Wasser mehr.‘“", "de");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Petra Albers");
        assertThat(speaker(children(a, outer).get(0)).name()).isEqualTo("Jonas");
    }

    @Test
    void ilMeDisaitDansUneLettreLueResteLesMotsDeLEpouse() {
        Analysis a = TestPipelines.analyze("Me Claire Fontaine a choisi de lire une lettre. Elle est signée Amina,"
                + " l'épouse de l'accusé, rentrée de Syrie avec leurs deux fils. « Il me disait le soir : “Si on reste,"
                + " nos fils porteront des armes un jour.” Il en pleurait. »", "fr");
        assertThat(speaker(topLevel(a).get(0)).name()).isEqualTo("Amina");
    }
}
