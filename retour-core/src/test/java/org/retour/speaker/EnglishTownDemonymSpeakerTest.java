package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.person.PersonDescription;
import org.retour.person.PersonStage;

/**
 * An English demonym of a town or region heads a description of a person ("the Londoner said", "a Mancunian in his
 * thirties") and stands for the person named before it, but not where it qualifies the noun after it ("a Glaswegian
 * accent").
 */
class EnglishTownDemonymSpeakerTest {

    @Test
    void theLondonerIsThePersonNamedBefore() {
        List<Quote> q = top("Ahmed Karimi, 29, grew up in Hackney. He spent two years in Raqqa.\n\n“I was a fool,” the"
                + " Londoner told the court.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ahmed Karimi");
    }

    @Test
    void theTexanInAnAsideIsThePersonNamedBefore() {
        List<Quote> q = top("Lucas Reyes, a convert from Houston, travelled to Syria in 2014.\n\n“Nobody stopped me,” the"
                + " Texan, who is now 31, said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lucas Reyes");
    }

    @Test
    void aMancunianInHisThirtiesIsADescription() {
        List<PersonDescription> found = org.retour.quote.TestPipelines.analyze(
                "A Mancunian in his thirties said he had been paid in dollars.", "en").get(PersonStage.DESCRIPTIONS);
        assertThat(found).extracting(PersonDescription::text).contains("A Mancunian");
    }

    @Test
    void aDemonymBeforeTheNounItQualifiesDescribesNoOne() {
        List<PersonDescription> found = org.retour.quote.TestPipelines.analyze(
                "He rang his mother from a Glaswegian number and spoke with a Texan accent.", "en")
                .get(PersonStage.DESCRIPTIONS);
        assertThat(found).extracting(PersonDescription::text).doesNotContain("a Glaswegian", "a Texan");
    }
}
