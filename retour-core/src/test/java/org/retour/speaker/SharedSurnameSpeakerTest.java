package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A surname that several people share goes to the one named in full just before, of the title's gender. */
class SharedSurnameSpeakerTest {

    @Test
    void mrHaddadIsTheUncleNamedJustBeforeNotTheCousinNamedFirst() {
        List<Quote> q = top("One of the women, Nour Haddad, had been detained at al-Roj since 2019.\n\n"
                + "Her uncle, Samir Haddad, welcomed the news outside Sydney Airport. \"These children belong here,\""
                + " Mr Haddad said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samir Haddad");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.RELATIVE);
    }

    @Test
    void mmeBenaliIsTheWomanOfThatNameNotTheManNamedLater() {
        List<Quote> q = top("Sa mère, Malika Benali, est venue. Son père, Abdelkader Benali, est resté dehors.\n\n"
                + "« Je n'ai pas élevé un monstre », a dit Mme Benali.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Malika Benali");
    }

    @Test
    void theQuoteAfterTheSurnamesCueGoesToTheSamePerson() {
        List<Quote> q = top("One of the women, Nour Haddad, had been detained at al-Roj since 2019.\n\n"
                + "Her uncle, Samir Haddad, welcomed the news. \"These children belong here,\" Mr Haddad said."
                + " \"Today is not a celebration.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Samir Haddad");
    }

    @Test
    void surnameAloneFarAfterTheRelativeWasQuotedGoesBackToThePersonTheArticleIsAbout() {
        List<Quote> q = top("Imran Haq makes tea in a kitchen in Luton. He is 31.\n\n"
                + "Haq left for Syria in 2014 and spent two years in Raqqa.\n\n"
                + "He crossed into Turkey with the help of his uncle, Khalid Haq, a taxi driver in Bedford. Khalid"
                + " remembers the phone call. \"I sold my car the next day.\"\n\n"
                + "Back in Britain, Haq was arrested at Stansted.\n\n"
                + "He was released in 2019 and now mentors young men.\n\n"
                + "Haq is under no illusion about how he is seen. \"People think I am a time bomb,\" he says.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Imran Haq");
    }
}
