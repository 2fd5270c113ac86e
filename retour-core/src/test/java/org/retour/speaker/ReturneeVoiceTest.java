package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** Returnee or defector: where a former member of the group is now, as the article tells it. */
class ReturneeVoiceTest {

    @Test
    void formerMemberDeportedFromTurkeyIsAReturnee() {
        List<Quote> q = top("Dwi Hartono lives in a halfway house in Jakarta, where the family has stayed since they"
                + " were deported from Turkey last year.\n\"The emir took my savings and I was sweeping the streets"
                + " of Raqqa,\" Dwi Hartono said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Dwi Hartono");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void formerMemberWhoFledToTurkeyStaysADefector() {
        List<Quote> q = top("Dwi Hartono lives in a rented flat in Gaziantep, Turkey, where he fled last year.\n"
                + "\"The emir took my savings and I was sweeping the streets of Raqqa,\" Dwi Hartono said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void formerMemberOnBailAtHomeIsAReturnee() {
        List<Quote> q = top("Sara Lindqvist is on bail while the police decide whether to charge her.\n"
                + "\"The emir sent the fighters to the front every week,\" Sara Lindqvist said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void flightWordBesideTheNameDoesNotOutweighAStoryOfReturn() {
        List<Quote> q = top("Dozens of women have returned home from the camps; the returnees are on bail at home"
                + " until their trial.\n\nMariam Khan said the worst came when a neighbour fled towards the border.\n"
                + "\"The emir told us there would be a house for every fighter,\" Mariam Khan said.", "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void detaineeHeldByKurdishGuardsInAStoryOfReturnsStaysADefector() {
        List<Quote> q = top("Un revenant a été jugé à Paris cette semaine.\n"
                + "« Les émirs étaient partis avec l'argent, il ne restait que les gamins au front », affirme un détenu"
                + " algérien de 29 ans, interrogé en présence de gardes kurdes.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.DEFECTOR);
    }

    @Test
    void theNounReturnInTheStoryMakesAFormerMemberAReturnee() {
        List<Quote> q = top("Aisling Byrne spent three years under the group in Raqqa.\n\n\"The emir sent the men to the"
                + " front and I was alone with the children,\" Aisling Byrne says.\n\nPolice say they are aware of her"
                + " return.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Aisling Byrne");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aManToldOfAsHavingGoneToFightAndComeBackIsAReturneeWhateverHisQuoteSays() {
        List<Quote> q = top("Sfax – Haythem Trabelsi, 26 ans, est l'un des Tunisiens partis combattre en Libye. Rentré en"
                + " février 2017 et condamné à trois ans de prison, il vit chez ses parents.\n\n"
                + "« Ils interdisaient tout aux autres et s'autorisaient tout », dit Haythem Trabelsi.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Haythem Trabelsi");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aMotherInAStoryOfFightingAndReturnIsNotTakenForTheFighter() {
        List<Quote> q = top("Sfax – Haythem Trabelsi, 26 ans, est l'un des Tunisiens partis combattre en Libye. Rentré en"
                + " février 2017, il vit chez sa mère, Fatma Trabelsi.\n\n"
                + "« Je priais chaque nuit pour mon fils », dit Fatma Trabelsi.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Fatma Trabelsi");
        assertThat(speaker(q.get(0)).voice()).isNotIn(Voice.RETURNEE, Voice.DEFECTOR);
    }

    @Test
    void aLongPhraseOfPoliceInterviewsBeforeTheNameIsASideNotHisPost() {
        List<Quote> q = top("Tariq Mahmood, 32, returned to Britain in 2017 and was arrested at the airport.\n\n"
                + "In police interviews read to the jury, Mahmood said he had been made to guard prisoners."
                + " \"They were beating old men for smoking,\" he told detectives.", "en");
        assertThat(speaker(q.get(0)).name()).contains("Mahmood");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RETURNEE);
    }
}
