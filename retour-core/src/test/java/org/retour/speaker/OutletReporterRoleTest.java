package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** The outlet's own reporter of a byline (« notre correspondant », "our correspondent") lends no trade to the person met. */
class OutletReporterRoleTest {

    @Test
    void frenchBylineCorrespondentIsNotThePersonMet() {
        List<Quote> q = top("De notre correspondant à Beyrouth\n\n"
                + "Dans une épicerie de Tripoli, Karim range des boîtes de conserve. Il a passé un an à Raqqa avant de"
                + " s'enfuir vers la Turquie.\n\n"
                + "Il parle à voix basse. « On était les derniers arrivés, alors on partait les premiers au front. »",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim");
        assertThat(speaker(q.get(0)).role()).isNull();
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.JOURNALIST);
    }

    @Test
    void englishBylineCorrespondentIsNotThePersonMet() {
        List<Quote> q = top("From our correspondent in Amman\n\n"
                + "In a bakery near the old market, Yusuf kneads dough before dawn. He spent a year in Raqqa before"
                + " he fled to Turkey.\n\n"
                + "He speaks quietly. \"We were the last to arrive, so we were the first sent to the front.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yusuf");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.JOURNALIST);
    }

    @Test
    void germanBylineCorrespondentIsNotThePersonMet() {
        List<Quote> q = top("Von unserer Korrespondentin in Beirut\n\n"
                + "In einer Bäckerei am alten Markt knetet Yusuf den Teig. Er war ein Jahr in Raqqa, bevor er in die"
                + " Türkei floh.\n\n"
                + "Er spricht leise. „Wir kamen als Letzte, also schickten sie uns als Erste an die Front.“", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yusuf");
        assertThat(speaker(q.get(0)).voice()).isNotEqualTo(Voice.JOURNALIST);
    }
}
