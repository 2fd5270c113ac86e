package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * An indefinite description that glosses someone a definite description has named by their own noun (« le
 * recruteur, un homme d'une trentaine d'années ») brings in no one new: a later « le jeune homme » takes up the
 * person named before, while an indefinite description on its own still introduces the one it describes.
 */
class GlossedDescriptionTest {

    @Test
    void aGlossOfTheRecruiterIntroducesNoYoungMan() {
        List<Quote> fr = top("Le premier, que nous appellerons Omar, a 23 ans. Il est parti en 2021.\n\n"
                + "Il raconte le recruteur, un homme d'une trentaine d'années qui fréquentait le café."
                + " « Il m'a dit : \"Tu auras une maison.\" »\n\n"
                + "Sur place, rien ne s'est passé comme prévu. « On dormait dans des grottes », raconte le jeune homme.",
                "fr");
        assertThat(speaker(fr.get(fr.size() - 1)).name()).isEqualTo("Omar");
        List<Quote> en = top("The first, whom we will call Omar, is 23. He left in 2021.\n\n"
                + "He describes the recruiter, a man in his thirties who came to the cafe."
                + " \"He told me: 'You will have a house.'\"\n\n"
                + "Nothing went as planned. \"We slept in caves,\" the young man says.", "en");
        assertThat(speaker(en.get(en.size() - 1)).name()).isEqualTo("Omar");
    }

    @Test
    void aManMetOnHisOwnIsTheYoungManWhoSpeaks() {
        List<Quote> q = top("Le premier, que nous appellerons Omar, a 23 ans. Il est parti en 2021.\n\n"
                + "Au café, un homme d'une trentaine d'années nous rejoint. « On dormait dans des grottes », raconte le"
                + " jeune homme.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("le jeune homme");
    }
}
