package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description of an age or a sex ("the teenager") a paragraph after an unnamed newcomer was brought in at
 * the head of a sentence ("Another surrenderer, a 19-year-old … who did not want to be named") is that newcomer, not
 * the person named before them; someone named in between may be meant instead.
 */
class RecentNewcomerTakenUpTest {

    private static final String TEXT = "Norhan Ebrahim, 22, surrendered to the Army in Marawi on Monday. \"I want to go"
            + " home,\" he said.\n\nAnother surrenderer, a 19-year-old former madrasa student from Piagapo who did not"
            + " want to be named, said he fled the group's camp in early 2018 after he was told to wear an explosive"
            + " vest.\n\n";

    @Test
    void theTeenagerIsTheUnnamedSurrendererNotTheManNamedBefore() {
        List<Quote> q = top(TEXT + "\"I did not want to be pure. I wanted to live,\" the teenager said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void aPersonNamedSinceLeavesTheNewcomerBehind() {
        List<Quote> q = top(TEXT + "Norhan Ebrahim listened. \"I did not want to be pure. I wanted to live,\" the"
                + " young man said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Norhan Ebrahim");
    }

    @Test
    void theYoungManIsTheUnnamedTeenagerBroughtInByHisAge() {
        List<Quote> q = top("Faizal Momade, 23, surrendered in Pemba in March. \"We were hungry,\" he said.\n\nA 19-year-old"
                + " from Macomia, who asked not to be named because his family still lives in the district, told a similar"
                + " story. He said he was taken from his home at gunpoint in 2021.\n\n\"My mother thought I was dead,\""
                + " the young man said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
    }
}
