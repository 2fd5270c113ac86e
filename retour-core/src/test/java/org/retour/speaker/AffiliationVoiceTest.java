package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A body named right after a person's name with "of" or „vom“ says whom they work for, as an apposition does. */
class AffiliationVoiceTest {

    @Test
    void academicNamedWithHerCollegeAfterOfIsAResearcher() {
        List<Quote> q = top("We put the question to Dr Helen Okafor of King's College London, who has interviewed 37"
                + " former members of the group.\n\n\"It's part of the story, but the emir and the front are what"
                + " they talk about,\" she says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Helen Okafor");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RESEARCHER);
    }

    @Test
    void officerNamedWithHisAgencyAfterVomIsAnOfficial() {
        List<Quote> q = top("Torsten Behrens vom Hamburger Landesamt für Verfassungsschutz hält solche Schilderungen"
                + " für glaubwürdig.\n\n„Die meisten sind zurückgekommen, weil das Kalifat zusammenbrach“, sagt"
                + " Torsten Behrens.", "de");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.OFFICIAL);
    }

    @Test
    void aTownAfterOfSaysNothingOfWhoAFormerFighterIs() {
        List<Quote> q = top("Abdi Warsame of Minneapolis was deported from Turkey and sentenced last year.\n\n"
                + "\"The emir sent us to the front every week,\" Abdi Warsame said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }
}
