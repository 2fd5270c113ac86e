package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * A definite article and a plain noun beside a verb of speech take up the organisation named earlier whose name that
 * noun heads ("the ministry" after Jordan's Ministry of Interior, « la préfecture » after la préfecture du Rhône),
 * before the verb, past a clause set off by commas or after a verb that follows its quote; a reflexive or an adverb
 * may stand between the organisation and its verb (« se félicite », "also said").
 */
class OrganisationHeadNounSpeakerTest {

    @Test
    void theMinistryTakesUpTheMinistryOfNamedBeforeRatherThanThePersonItReportsOn() {
        List<Quote> q = top("Jordan's Ministry of Interior released the names of eleven returnees on Monday.\n\n"
                + "\"I only wanted to see my mother again,\" Samir Khalil, 31, told reporters in Zarqa.\n\n"
                + "The ministry said in a statement that Khalil had \"returned of his own free will\".", "en");
        assertThat(speaker(q.get(1)).name()).endsWith("Ministry of Interior");
        assertThat(speaker(q.get(1)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void leMinistereOuLaPrefectureReprennentLeNomQuIlsOuvrent() {
        String before = "Le ministère de la Justice a publié mardi un bilan du programme.\n\n"
                + "« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n";
        List<Quote> clause = top(before + "Le ministère, dans un communiqué, indique que « le suivi des sortants est"
                + " une priorité ».", "fr");
        assertThat(speaker(clause.get(1)).name()).isEqualToIgnoringCase("ministère de la Justice");
        List<Quote> inverted = top("La préfecture du Rhône a ouvert un centre à Lyon.\n\n"
                + "« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n"
                + "« Aucun incident n'a été signalé depuis l'été », précise la préfecture.", "fr");
        assertThat(speaker(inverted.get(1)).name()).isEqualTo("préfecture du Rhône");
        Attribution.Cued cued = (Attribution.Cued) inverted.get(1).attribution();
        String text = "La préfecture du Rhône a ouvert un centre à Lyon.\n\n"
                + "« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n"
                + "« Aucun incident n'a été signalé depuis l'été », précise la préfecture.";
        assertThat(cued.cue().span().start()).isEqualTo(text.lastIndexOf("précise"));
        assertThat(cued.cue().span().end()).isEqualTo(text.lastIndexOf("précise") + "précise".length());
    }

    @Test
    void anOrganisationNamedInsideTheParticipleIsNotTheSubject() {
        List<Quote> q = top("Le parquet de Paris a ouvert une enquête en mars.\n\n"
                + "« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n"
                + "Le parquet, interrogé par l'AFP, assure qu'il « ne commente pas les dossiers en cours ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualToIgnoringCase("parquet de Paris");
    }

    @Test
    void aReflexiveOrAnAdverbMayStandBetweenTheOrganisationAndItsVerb() {
        String karim = "« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n";
        List<Quote> felicite = top(karim + "La préfecture du Rhône se félicite d'un dispositif « qui a fait ses preuves ».", "fr");
        assertThat(speaker(felicite.get(1)).name()).isEqualTo("préfecture du Rhône");
        List<Quote> clause = top("La préfecture du Rhône a ouvert un centre à Lyon.\n\n" + karim
                + "La préfecture, dans un communiqué diffusé mercredi, s'inquiète d'un « manque de moyens ».", "fr");
        assertThat(speaker(clause.get(1)).name()).isEqualTo("préfecture du Rhône");
        List<Quote> also = top("\"I was a fool,\" said Omar Haddad, who came back in 2020.\n\n"
                + "The Home Office also said it \"does not comment on individual cases\".", "en");
        assertThat(speaker(also.get(1)).name()).isEqualTo("Home Office");
    }

    @Test
    void leQuaiDOrsayParleAvecUneApostropheTypographique() {
        List<Quote> q = top("« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n"
                + "Le Quai d’Orsay répète que les mineurs sont rapatriés « au cas par cas ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Quai d'Orsay");
    }
}
