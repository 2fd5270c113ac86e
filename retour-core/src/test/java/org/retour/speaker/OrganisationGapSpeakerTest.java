package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/**
 * An organisation speaks through its verb past a short bracket after its name (« L'Office fédéral de la police
 * (fedpol) précise que ») or a participle of being asked set off by commas (« Le ministère, interrogé par France
 * Inter, assure que »), rather than a person quoted before; a pronoun right after its verb is the subject of the
 * clause it reports ("The Home Office said he had “…”"), not the one who speaks.
 */
class OrganisationGapSpeakerTest {

    @Test
    void anAcronymInBracketsBetweenTheOrganisationAndItsVerbKeepsItTheSpeaker() {
        List<Quote> fr = top("« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n"
                + "L'Office fédéral de la police (fedpol) précise dans un communiqué que « plusieurs procédures pénales"
                + " sont en cours ».", "fr");
        assertThat(speaker(fr.get(1)).name()).isEqualTo("Office fédéral de la police");
        assertThat(speaker(fr.get(1)).voice()).isEqualTo(Voice.ORGANISATION);
        List<Quote> frAfter = top("« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n"
                + "La Direction générale de la sécurité intérieure (DGSI) estime qu'il « ne présente plus de danger ».", "fr");
        assertThat(speaker(frAfter.get(1)).name()).containsIgnoringCase("sécurité intérieure");
        List<Quote> en = top("\"I was a fool,\" said Omar Haddad, who came back in 2020.\n\n"
                + "The Internal Security Department (ISD) said in a statement that \"the threat remains high\".", "en");
        assertThat(speaker(en.get(1)).name()).isEqualTo("Internal Security Department");
    }

    @Test
    void aParticipleOfBeingAskedSetOffByCommasKeepsTheOrganisationTheSpeaker() {
        List<Quote> interroge = top("« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n"
                + "Le ministère de l'Intérieur, interrogé par France Inter, assure que « chaque dossier est examiné ».", "fr");
        assertThat(speaker(interroge.get(1)).name()).isEqualTo("Ministère de l'Intérieur");
        List<Quote> sollicite = top("« Je n'ai rien à cacher », répète Karim Benali, rentré de Syrie en 2019.\n\n"
                + "Le parquet national antiterroriste, sollicité, précise que « l'enquête se poursuit ».", "fr");
        assertThat(speaker(sollicite.get(1)).name()).isEqualTo("Parquet national antiterroriste");
        List<Quote> contacted = top("\"I was a fool,\" said Omar Haddad, who came back in 2020.\n\n"
                + "The Home Office, contacted by the BBC, said it \"does not comment on individual cases\".", "en");
        assertThat(speaker(contacted.get(1)).name()).isEqualTo("Home Office");
    }

    @Test
    void aPronounRightAfterTheOrganisationsVerbIsTheReportedClausesSubject() {
        List<Quote> plain = top("\"I was a fool,\" said Omar Haddad, who came back in 2020.\n\n"
                + "The Home Office said he had \"renounced the group entirely\".", "en");
        assertThat(speaker(plain.get(1)).name()).isEqualTo("Home Office");
        List<Quote> bracket = top("\"I was a fool,\" said Omar Haddad, who came back in 2020.\n\n"
                + "The Internal Security Department (Singapore) said she had \"cooperated fully\" with officers.", "en");
        assertThat(speaker(bracket.get(1)).name()).isEqualTo("Internal Security Department");
        List<Quote> inverted = top("Omar Haddad came back in 2020.\n\n\"I was a fool,\" said he.", "en");
        assertThat(speaker(inverted.get(0)).name()).isEqualTo("Omar Haddad");
    }
}
