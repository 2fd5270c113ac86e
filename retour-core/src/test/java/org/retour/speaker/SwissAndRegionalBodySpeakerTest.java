package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The Swiss federal departments by their acronyms (DFAE, FDFA, DFJP) and a French regional or interregional
 * directorate written in lower case (« la direction interrégionale des services pénitentiaires de Lyon ») are bodies
 * that speak with the voice of an organisation, not the person quoted before them.
 */
class SwissAndRegionalBodySpeakerTest {

    @Test
    void theDfaeRecallsInAStatement() {
        List<Quote> q = top("Lukas Meier, médecin bénévole, revient d'Al-Hol. « Les enfants ont faim », dit-il.\n\n"
                + "Interrogé, le DFAE rappelle dans un communiqué que « chaque cas est examiné » et que le retour des mères"
                + " « n'est pas envisagé ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Département fédéral des affaires étrangères");
        assertThat(speaker(q.get(1)).voice().label()).isEqualTo("organisation");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Département fédéral des affaires étrangères");
    }

    @Test
    void theFdfaSaysInEnglish() {
        List<Quote> q = top("Lukas Meier, a volunteer doctor, is back from al-Hol. \u201cThe children are hungry,\u201d he"
                + " said.\n\nThe FDFA said in a statement that \u201ceach case is examined\u201d and that the mothers\u2019"
                + " return \u201cis not planned\u201d.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Département fédéral des affaires étrangères");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Département fédéral des affaires étrangères");
    }

    @Test
    void theInterregionalDirectorateIndicates() {
        List<Quote> q = top("Sofiane K. est détenu à Villefranche. « Il ne parle à personne », confie un surveillant.\n\n"
                + "La direction interrégionale des services pénitentiaires de Lyon indique que le détenu « fait"
                + " l'objet d'un suivi ».", "fr");
        assertThat(speaker(q.get(1)).voice().label()).isEqualTo("organisation");
        assertThat(speaker(q.get(1)).name()).startsWith("direction interrégionale");
    }
}
