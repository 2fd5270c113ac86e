package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;

/**
 * Words a speaker reports after a pronoun and a modal of habit ("he would say, ‘…’") go to the person that pronoun
 * stands for, found in the paragraph before when the speaker's own paragraph names no one else.
 */
class ReportedHabitTest {

    private static List<Quote> all(String text) {
        return org.retour.quote.TestPipelines.analyze(text, "en").get(Layers.QUOTES);
    }

    @Test
    void aHabitualReportAfterWouldGoesToTheSonOfTheParagraphBefore() {
        List<Quote> q = all("Daniel Okafor left for Syria in 2015.\n\nHis mother, Ruth Okafor, keeps a photo of her son on"
                + " the shelf.\n\n\"He called every Friday,\" she said. \"He would say, 'They feed us bread and tea.'"
                + " I knew it was not true.\"");
        Quote nested = q.stream().filter(x -> x.text().startsWith("They feed")).findFirst().orElseThrow();
        assertThat(speaker(nested).name()).isEqualTo("Daniel Okafor");
    }

    @Test
    void aReportAfterAlwaysGoesToThePersonNamedInTheParagraph() {
        List<Quote> q = all("Amina Yusuf spoke about her brother Idris Yusuf, who died in Baghuz. \"He always told me,"
                + " 'Do not worry about me,'\" she said.");
        Quote nested = q.stream().filter(x -> x.text().startsWith("Do not")).findFirst().orElseThrow();
        assertThat(speaker(nested).name()).isEqualTo("Idris Yusuf");
    }

    @Test
    void aReportWhoseParagraphNamesNoOneElseGoesToThePersonOfTheParagraphBefore() {
        List<Quote> q = all("Her father, Tomas Berg, drove to the border twice.\n\n\"He would tell me, 'Wait one more"
                + " week,'\" Lina Berg said.");
        Quote nested = q.stream().filter(x -> x.text().startsWith("Wait")).findFirst().orElseThrow();
        assertThat(speaker(nested).name()).isEqualTo("Tomas Berg");
    }
}
