package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description after a quote that names the last speaker's trade in other words (« la psychiatre » then « la
 * spécialiste », "the psychologist" then "the doctor") takes up that speaker, when no one else is named between.
 */
class TradeTurnTakeUpTest {

    @Test
    void theSpecialistAfterThePsychiatristIsTheSamePerson() {
        List<Quote> q = top("Le Dr Amel Jaziri suit plusieurs revenants. « Ils arrivent seuls », explique la psychiatre.\n\n"
                + "« Personne ne les attend », regrette la spécialiste.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amel Jaziri");
    }

    @Test
    void theDoctorAfterThePsychologistIsTheSamePersonInFrench() {
        List<Quote> q = top("Hélène Brisset reçoit les enfants chaque semaine. « Ils dessinent les camps », raconte la"
                + " psychologue.\n\n« Certains ne parlent jamais », s'inquiète la médecin.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Hélène Brisset");
    }

    @Test
    void theDoctorAfterThePsychologistIsTheSamePersonInEnglish() {
        List<Quote> q = top("Dr Helen Marsh sees the children every week. \"They draw the camps,\" the psychologist said.\n\n"
                + "\"Some of them never speak,\" the doctor added.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Helen Marsh");
    }

    @Test
    void theDoctorAfterThePsychologistIsTheSamePersonInGerman() {
        List<Quote> q = top("Anna Weber betreut die Kinder seit einem Jahr. „Sie malen die Lager“, sagt die Psychologin.\n\n"
                + "„Manche sprechen gar nicht“, ergänzt die Ärztin.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Anna Weber");
    }

    @Test
    void someoneNamedBetweenKeepsTheDescriptionApart() {
        List<Quote> q = top("Le Dr Amel Jaziri suit plusieurs revenants. « Ils arrivent seuls », explique la psychiatre."
                + " Sa collègue Inès Morel approuve.\n\n« Personne ne les attend », regrette la spécialiste.", "fr");
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Amel Jaziri");
    }
}
