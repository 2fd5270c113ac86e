package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun with no speaker before it looks back for the most recent person of its gender; when that person is a
 * verb's or a preposition's complement ("with her mother", « avec sa mère »), the subject of their sentence, who
 * acts, takes it instead.
 */
class ComplementYieldsToSubjectTest {

    @Test
    void aMotherNamedInPassingLeavesThePronounToTheDaughterWhoLeft() {
        List<Quote> q = top("JAKARTA - Nurul Hidayah was 19 when she left Bekasi for Raqqa with her mother and two sisters in"
                + " 2015. She says she spent two years in the city.\n\n"
                + "\"They promised us a country where everyone was equal,\" she said at a shelter in East Jakarta.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nurul Hidayah");
    }

    @Test
    void aFrenchMotherNamedInPassingDoesToo() {
        List<Quote> q = top("Samira Haddad avait 19 ans quand elle est partie pour Raqqa avec sa mère et ses deux sœurs."
                + " Elle y a passé deux ans.\n\n"
                + "« On nous avait promis un pays juste », a-t-elle raconté dans un foyer de Lille.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samira Haddad");
    }

    @Test
    void aSubjectOfTheOtherGenderLeavesThePronounToTheComplement() {
        List<Quote> q = top("Karim Saleh a longtemps cherché un avocat pour sa sœur, Amina Saleh, rentrée de Syrie.\n\n"
                + "« Je ne regrette rien », a-t-elle déclaré.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amina Saleh");
    }
}
