package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A surname alone whose reported clause goes on with a subject pronoun of one gender ("Keller told agents that he …")
 * names the bearer of that gender, however far back they were named in full, not the mother of the same name the text
 * linked it to.
 */
class SurnamePronounsTest {

    @Test
    void theSonWhoTellsAgentsWhatHeDidIsKellerNotHisMother() {
        List<Quote> q = top("For three years, Ruth Keller set a place at the table for a son in Syria.\n\n"
                + "She stopped in July, when police said Adam Keller, 27, was on a flight home.\n\n"
                + "\"I set a place for him every night,\" Ruth Keller said.\n\n"
                + "Keller grew up in a small town, where his father ran a garage. He left for Turkey in 2015.\n\n"
                + "Keller told agents that he had spent most of his time \"guarding oil trucks.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ruth Keller");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Adam Keller");
    }

    @Test
    void frenchSonWhoSaysIlIsKeller() {
        List<Quote> q = top("Pendant trois ans, Ruth Keller a mis une assiette pour un fils parti en Syrie.\n\n"
                + "Elle a arrêté en juillet, quand la police a annoncé qu'Adam Keller, 27 ans, rentrait.\n\n"
                + "« Je lui mettais une assiette chaque soir », a dit Ruth Keller.\n\n"
                + "Keller a grandi dans une petite ville, où son père tenait un garage. Il est parti en 2015.\n\n"
                + "Keller a dit aux enquêteurs qu'il avait surtout « gardé des camions de pétrole ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Adam Keller");
    }

    @Test
    void germanSonWhoSaysErIsKeller() {
        List<Quote> q = top("Drei Jahre lang deckte Ruth Keller für einen Sohn in Syrien den Tisch.\n\n"
                + "Sie hörte im Juli auf, als die Polizei meldete, dass Adam Keller, 27, zurückkehrte.\n\n"
                + "„Ich habe jeden Abend für ihn gedeckt“, sagte Ruth Keller.\n\n"
                + "Keller wuchs in einer Kleinstadt auf, wo sein Vater eine Werkstatt hatte. Er reiste 2015 aus.\n\n"
                + "Keller sagte den Ermittlern, er habe vor allem „Öllaster bewacht“.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Adam Keller");
    }

    @Test
    void theMotherWhoSaysSheStaysKeller() {
        List<Quote> q = top("For three years, Ruth Keller set a place at the table for a son in Syria.\n\n"
                + "She stopped in July, when police said Adam Keller, 27, was on a flight home.\n\n"
                + "\"I set a place for him every night,\" Ruth Keller said.\n\n"
                + "The town has two churches and one garage.\n\n"
                + "Keller told reporters that she had \"stopped cooking for two.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Ruth Keller");
    }
}
