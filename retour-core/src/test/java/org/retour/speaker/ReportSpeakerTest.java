package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Voice;

/** A report quoted by the press speaks with the voice of the organisation that wrote it. */
class ReportSpeakerTest {

    @Test
    void theReportSaysGivesTheWordsToItsAuthor() {
        List<Quote> q = top("The study by Human Rights Watch draws on interviews with 80 former members.\n\n"
                + "\"Most of them left because they were afraid of their own commanders,\" the report says."
                + " \"Hunger came second.\"", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Human Rights Watch");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
        assertThat(speaker(q.get(1)).name()).isEqualTo("Human Rights Watch");
    }

    @Test
    void aStudyByACounterExtremismCentreSpeaksThroughTheReport() {
        List<Quote> q = top("A study published on Tuesday by Hedayah draws on interviews with 30 women who left the group.\n\n"
                + "\"Fear for their children outweighed every other reason,\" the report says.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hedayah");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void leTexteDUnCommuniqueEstLeMinistereQuiLaPublie() {
        List<Quote> q = top("Trois hommes ont été expulsés vers l'Algérie, a annoncé lundi le ministère de l'Intérieur dans un"
                + " communiqué. « Ils représentaient une menace grave pour la sécurité nationale », indique le texte.", "fr");
        assertThat(speaker(q.get(0))).isNotNull();
        assertThat(speaker(q.get(0)).name()).containsIgnoringCase("Intérieur");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void selonLeRapportGoesToTheOrganisationNamedBeforeTheReport() {
        List<Quote> q = top("Amnesty International a publié mardi un rapport sur les camps du nord-est syrien.\n\n"
                + "Selon le rapport, les détenus vivent « dans des conditions indignes ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Amnesty International");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void theAuthorsThenTheyWriteIsTheReport() {
        List<Quote> q = top("The study by the International Crisis Group was published on Monday.\n\n"
                + "The authors warn against easy answers. \"Hunger and fear mattered more than ideology,\" they write.",
                "en");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void aReportWithoutANamedAuthorGivesNoSpeaker() {
        List<Quote> q = top("Ein Bericht, der am Dienstag erschien, zählt 90 Rückkehrer.\n\n"
                + "„Die meisten sind enttäuscht“, heißt es in dem Bericht.", "de");
        assertThat(speaker(q.get(0))).isNull();
    }

    @Test
    void aQuoteWhoseSentenceHasItsOwnSubjectDoesNotContinueTheOrganisation() {
        List<Quote> q = top("Interrogé, le ministère de l'intérieur indique que « chaque situation est examinée »."
                + " Un responsable sécuritaire, qui a requis l'anonymat, se montre plus direct :"
                + " « Personne ne veut prendre ce risque. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ministère de l'Intérieur");
        assertThat(speaker(q.get(1)).description()).startsWith("Un responsable");
    }

    @Test
    void aStatementByAMinistryAfterASourceCueIsTheMinistrysWord() {
        List<Quote> q = top("وبحسب بيان لوزارة الهجرة العراقية، فإن «أكثر من 300 عائلة عادت إلى مناطقها».", "ar");
        assertThat(speaker(q.get(0)).name()).isEqualTo("وزارة الهجرة العراقية");
        assertThat(speaker(q.get(0)).voice()).isEqualTo(Voice.ORGANISATION);
    }

    @Test
    void aReportOpeningTheSentenceFarBeforeItsVerbSpeaks() {
        List<Quote> q = top("« Ils sortent sans rien », explique Paul Garnier, éducateur à Lille.\n\n"
                + "Une étude de Human Rights Watch, publiée au printemps après deux ans d'enquête, souligne pour sa part"
                + " « un manque criant de suivi psychologique ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Human Rights Watch");
    }

    @Test
    void aReportOpeningTheSentenceInEnglishSpeaks() {
        List<Quote> q = top("\"They leave with nothing,\" said Paul Garner, a youth worker in Leeds.\n\n"
                + "A study by Human Rights Watch, released in May after two years of fieldwork, for its part warns of"
                + " \"a glaring lack of psychological care\".", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Human Rights Watch");
    }

    @Test
    void wordsReadInTheReportNamedTheSentenceBeforeAreItsAuthors() {
        List<Quote> q = top("« Ils sortent sans rien », explique Paul Garnier, éducateur à Lille.\n\n"
                + "Le rapport annuel de Human Rights Watch décrit des prisons surpeuplées. On y lit que « les mineurs"
                + " dorment à même le sol ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Human Rights Watch");
    }

    @Test
    void darinHeisstEsGivesTheWordsToTheReportsAuthor() {
        List<Quote> q = top("„Sie kommen mit nichts zurück“, sagte Paul Gerber, Sozialarbeiter in Essen.\n\n"
                + "Der Bericht von Human Rights Watch beschreibt überfüllte Gefängnisse. Darin heißt es, die Kinder"
                + " schliefen „auf dem nackten Boden“.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Human Rights Watch");
    }
}
