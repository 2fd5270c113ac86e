package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * An abbreviated military or police rank before a name ("Brig. Gen.", "Maj.", "Det. Supt.", or without periods as
 * British and Irish papers write them: "Det Sgt", "Lt Col") ends no sentence and is the person's title: the cue after
 * the name still gives the quote before it to that person.
 */
class AbbreviatedRankSpeakerTest {

    private static List<Entity> persons(String text, String lang) {
        Analysis a = TestPipelines.analyze(text, lang);
        return a.get(Layers.PERSONS);
    }

    @Test
    void aBrigadierGeneralNamedAfterTheQuoteSpeaksIt() {
        List<Quote> q = top("The Pentagon said Thursday that the camps could not last.\n\n\"Nobody can keep these"
                + " places open forever,\" Marine Corps Brig. Gen. Helen Ward, a spokeswoman for the command, told"
                + " reporters.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Helen Ward");
    }

    @Test
    void aDetectiveSuperintendentNamedAfterTheQuoteSpeaksIt() {
        List<Quote> q = top("Police made two arrests in Leeds.\n\n\"The inquiry is at an early stage,\" Det. Supt. Paul"
                + " Brennan said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Brennan");
    }

    @Test
    void aRankWithoutPeriodsBeforeTheSurnameAloneIsThePersonNamedEarlier() {
        List<Entity> p = persons("Det Sgt Carol Hughes gave evidence on Monday.\n\n\"He never mentioned money,\""
                + " Det Sgt Hughes said.", "en");
        assertThat(p).extracting(Entity::canonical).containsExactly("Carol Hughes");
        assertThat(p.get(0).role()).isEqualTo("sergeant");
    }

    @Test
    void unpunctuatedRanksGiveTheQuoteToTheNamedOfficer() {
        List<Quote> q = top("Troops left the base at dawn.\n\n\"We were ready,\" Lt Col Owen Pryce told the BBC."
                + "\n\nCh Supt Martha Doyle said: \"The roads are closed.\"\n\n\"I saw the convoy,\" said Cpl"
                + " Dean Ashby.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Owen Pryce");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Martha Doyle");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Dean Ashby");
    }

    @Test
    void aSurnameAfterAnUnpunctuatedRankLaterInTheArticleKeepsThePronounChain() {
        List<Quote> q = top("Insp Fiona Grady led the search of the flat.\n\n\"Nothing was hidden,\" she said."
                + "\n\nCounsel asked Insp Grady about the laptop. \"It was on the table,\" Insp Grady replied.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Fiona Grady");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Fiona Grady");
    }

    @Test
    void anOrganisationBeforeAnAbbreviatedCorporalLeavesTheCorporalTheSpeaker() {
        List<Quote> q = top("Farid Haddad, 24, agreed to a peace bond on Tuesday.\n\nRCMP Cpl. Laurel Dumont said the force would"
                + " not comment on the case. “Every case is assessed individually,” she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Laurel Dumont");
        assertThat(speaker(q.get(0)).role()).isEqualTo("corporal");
    }
}
