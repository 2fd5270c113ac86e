package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A reporter, a correspondent and a journalist are one trade: "the journalist" takes up the person named as a
 * reporter or a correspondent of a paper or a channel (German „Reporter“ and „Reporterin“ are journalists' roles).
 */
class JournalistFamilyDescriptionTest {

    @Test
    void germanReporterIsTheJournalistWhoRemembers() {
        List<Quote> q = top("Timo K., 27, steht in Celle vor Gericht.\n\n"
                + "Ein Reporter des NDR, Lukas Berger, hatte Timo 2018 in einem Gefängnis besucht. „Er hat nur geweint“,"
                + " erinnert sich der Journalist.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lukas Berger");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(org.retour.model.Voice.JOURNALIST);
    }

    @Test
    void germanCorrespondentIsTheReporter() {
        List<Quote> q = top("Timo K., 27, steht in Celle vor Gericht.\n\n"
                + "Eine Korrespondentin der ARD, Anna Lenz, hatte Timo 2018 besucht. „Er hat nur geweint“, erinnert sich"
                + " die Reporterin.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Anna Lenz");
    }

    @Test
    void frenchCorrespondentIsTheJournalist() {
        List<Quote> q = top("Samir B., 28 ans, est jugé à Paris depuis lundi.\n\n"
                + "Une correspondante du Monde, Claire Vasseur, avait rencontré Samir en 2017 dans un camp kurde. « Il"
                + " pleurait sans arrêt », se souvient la journaliste.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Claire Vasseur");
    }

    @Test
    void englishReporterIsTheJournalist() {
        List<Quote> q = top("Omar Haddad, 28, is on trial in London.\n\n"
                + "A reporter for the Guardian, Ben Carter, met Omar in a Turkish jail in 2018. “He kept asking for his"
                + " mother,” the journalist recalled.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ben Carter");
    }
}
