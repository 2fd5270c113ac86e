package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A definite description taking up an unnamed person introduced by "a"/"an" speaks for that person. */
class IntroducedDescriptionTest {

    @Test
    void theYoungerManIsNotTheNamedElderBrother() {
        List<Quote> q = top("\"They hanged him from the bridge,\" said the elder brother, a 31-year-old former IS"
                + " policeman who asked to be identified only by his first name, Omar.\n\nHis younger brother, 19,"
                + " said fighters had begun to desert.\n\n\"He sold the fuel to smugglers,\" the younger man said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Omar");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void aPersonNamedSinceTheIntroductionKeepsTheDefiniteDescription() {
        List<Quote> q = top("Une avocate a pris la parole. \"Elle a été enfermée\", a expliqué Me Lucie Jacobs.\n\n"
                + "Sa cliente, poursuit l'avocate, \"ne supportait plus la faim\".", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Lucie Jacobs");
    }

    @Test
    void anOfficerWhoCannotBeNamedIsNotTheOfficerNamedInTheNextParagraph() {
        List<Quote> q = top("The woman who runs her case, a probation officer who cannot be named, describes weekly"
                + " meetings. \"Nobody deradicalises in a workshop,\" the officer says.\n\n"
                + "Richard Hale, a former counter-terrorism officer, says returnees remain \"an unquantifiable risk\".",
                "en");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(1)).name()).isEqualTo("Richard Hale");
    }

    @Test
    void aMotherWhoseSonWasChargedIsARelativeOfHerOwnGender() {
        List<Quote> q = top("The case is old. A mother whose son was charged says she cannot forgive the recruiters."
                + " \"They took our children,\" she says.", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("A mother");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(org.retour.model.Voice.RELATIVE);
    }

    @Test
    void aDescriptionApposedToANameWithItsAgeTakesUpThatName() {
        List<Quote> q = top("Also on the bus was Rukhsana Delawar, 31, a former teacher from Quetta.\n\n"
                + "\"We were counted like sheep every morning,\" the former teacher said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rukhsana Delawar");
    }

    @Test
    void anUnnamedTeacherIntroducedAloneStaysUnnamed() {
        List<Quote> q = top("Rukhsana Delawar spoke first. A former teacher from Quetta, who asked not to be named,"
                + " sat next to her.\n\n\"We were counted like sheep every morning,\" the former teacher said.", "en");
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void aSpokesmanIntroducedAfterANamedSpokesmanIsSomeoneNew() {
        List<Quote> q = top("„Er hat sich erst spät abgesetzt“, sagte der Sprecher der Anklage, Paul Reiter, nach der"
                + " Verhandlung.\n\nEin Sprecher des bayerischen Justizministeriums sagte, derzeit seien zwölf Verfahren"
                + " offen. „Jeder Fall wird einzeln geprüft“, so der Sprecher.", "de");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Paul Reiter");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void aTitleBeforeItsOwnNameIsThatPersonNotTheOneWhoMetTheIntroducedHolder() {
        List<Quote> q = top("Depuis quelques mois, Alpha Oumar Bah accompagne un imam de Hamdallaye dans des causeries."
                + " «Sa parole porte plus que la nôtre», estime l'imam Thierno Souleymane Barry.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Thierno Souleymane Barry");
    }
}
