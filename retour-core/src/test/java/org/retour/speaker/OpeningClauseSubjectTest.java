package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * After an opening participle or prepositional clause ("Asked by X whether …, Y paused", "In an interview with the
 * BBC, Ms Y said") the person after the comma is the subject, past a name in quotation marks the clause holds
 * (« Interrogé sur son nom de guerre, « Abou Hamza », X a haussé les épaules »).
 */
class OpeningClauseSubjectTest {

    @Test
    void askedByTheProsecutorTheDefendantAnswers() {
        List<Quote> q = top("Prosecutor Helen Ward told the jury the defendant had lied. \"He is not sorry,\" Ward said.\n\n"
                + "Asked by Ward whether he had carried a rifle, Daniel Moss paused. \"I guarded a door,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Daniel Moss");
    }

    @Test
    void interrogeParLaPresidenteLePrevenuRepond() {
        List<Quote> q = top("La présidente, Claire Morel, a interrogé le prévenu. « Pourquoi rester ? », a-t-elle demandé.\n\n"
                + "Interrogé sur ses motivations, Yanis Ferrat a hésité. « Je voulais aider », a-t-il dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Ferrat");
    }

    @Test
    void aSurnameWithALowerCaseParticleAfterTheClauseIsTheSubject() {
        List<Quote> q = top("\"They will answer here,\" Pieter de Wolff, the national coordinator, told reporters.\n\n"
                + "\"One of them told our officers he had fled,\" said Marloes Visser, who heads the returnee unit.\n\n"
                + "Asked whether the government believed them, de Wolff was blunt. \"They ran out of options,\" he said.",
                "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Pieter de Wolff");
    }

    @Test
    void aNameInAppositionInsideTheOpeningClauseIsNotTheSubject() {
        List<Quote> q = top("« Je voulais aider », a dit Yanis Ferrat.\n\n"
                + "Debout face à la présidente, Claire Morel, le prévenu a parlé de son départ. « Je suis parti"
                + " pour aider », a-t-il dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yanis Ferrat");
    }

    @Test
    void aTitledSurnameAfterAnOpeningPrepositionalClauseIsThePronounsSpeaker() {
        List<Quote> q = top("Home Secretary Helen Marlow welcomed the ruling. \"Security comes first,\" she posted.\n\n"
                + "In an interview with the BBC in 2021, Ms Rahman said she regretted everything. \"I was a child,\" she said.",
                "en");
        assertThat(speaker(q.get(1)).name()).contains("Rahman");
    }

    @Test
    void unePersonneJointeParTelephoneEstLeSujetDeSonParagraphe() {
        List<Quote> q = top("La présidente, Claire Morel, a rappelé les faits. « Les faits sont graves », a-t-elle dit.\n\n"
                + "Jointe par téléphone, Mme Hadjadj raconte le départ de son fils. « Il ne m'a rien dit », confie-t-elle.",
                "fr");
        assertThat(speaker(q.get(1)).name()).contains("Hadjadj");
    }

    @Test
    void aWarNameInMarksInsideTheOpeningClauseLeavesTheSubjectAfterTheComma() {
        List<Quote> q = top("Le ministre irakien Hoshyar Abdulrahman a rappelé la position de Bagdad. « La justice"
                + " irakienne est souveraine », a-t-il dit.\n\nInterrogé sur le nom de guerre qu'il portait à Mossoul,"
                + " « Abou Hamza al-Faransi », Grégory Ballesteros a haussé les épaules. « Ce nom-là, il est resté"
                + " là-bas », a-t-il glissé.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Grégory Ballesteros");
    }
}
