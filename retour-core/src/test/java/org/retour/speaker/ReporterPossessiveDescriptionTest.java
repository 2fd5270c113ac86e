package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description the reporter's possessive opens (« notre interlocuteur », « notre témoin », "our host") names the
 * person just brought in, not the official named before; an author's noun alone names the writer named before.
 */
class ReporterPossessiveDescriptionTest {

    @Test
    void ourInterlocutorIsTheUnnamedSpeakerNotTheProsecutorBefore() {
        List<Quote> q = top("Le procureur, Amine Saïdi, a requis dix ans. « La loi est claire », a-t-il dit.\n\n"
                + "Après l'audience, un ancien membre du groupe a accepté de nous parler. « On nous traitait comme des"
                + " chiens », confie notre interlocuteur.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).contains("interlocuteur");
    }

    @Test
    void ourInterlocutorIsThePersonNamedJustBefore() {
        List<Quote> q = top("Le procureur, Amine Saïdi, a requis dix ans. « La loi est claire », a-t-il dit.\n\n"
                + "Il nous reçoit dans un garage de la banlieue d'Oran. Nordine, la trentaine, a passé un an à Raqqa.\n\n"
                + "« On nous traitait comme des chiens », lance notre interlocuteur.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nordine");
    }

    @Test
    void ourHostIsThePersonNamedJustBefore() {
        List<Quote> q = top("The prosecutor, Alan Reid, asked for ten years. \"The law is clear,\" he said.\n\n"
                + "We meet in a garage outside Leeds. Tariq Mahmood, 31, spent a year in Raqqa.\n\n"
                + "\"They treated us like dogs,\" our host says.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Tariq Mahmood");
    }

    @Test
    void unserGesprächspartnerIsThePersonNamedJustBefore() {
        List<Quote> q = top("Der Staatsanwalt Jörg Kramer forderte zehn Jahre. „Das Gesetz ist klar“, sagte er.\n\n"
                + "Wir treffen uns in einer Werkstatt bei Bochum. Yusuf K., 31, war ein Jahr in Rakka.\n\n"
                + "„Sie haben uns wie Hunde behandelt“, sagt unser Gesprächspartner.", "de");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yusuf K.");
    }

    @Test
    void theAuthorAloneIsTheWriterTheReviewNamed() {
        List<Quote> q = top("Sofiane Brahimi, 41 ans, publie un premier récit. Il y raconte deux années à Mossoul.\n\n"
                + "Joint par téléphone, l'auteur explique avoir écrit « pour les parents qui attendent encore ».", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sofiane Brahimi");
    }

    @Test
    void theAuthorAloneInEnglishIsTheWriterNamedBefore() {
        List<Quote> q = top("Daniel Okoro spent two years in Raqqa and has now written a memoir of it.\n\n"
                + "\"I wrote it in a cell, at night,\" the author said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Daniel Okoro");
    }

    @Test
    void ourInterlocutorPassesOverWhereAndWithWhomHeWasMet() {
        List<Quote> q = top("Nordine, la trentaine, a passé un an à Raqqa avant de se rendre.\n\n"
                + "Reçu chez un voisin, en présence de son oncle, il accepte de revenir sur ces mois.\n\n"
                + "« On nous traitait comme des chiens », lance notre interlocuteur.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nordine");
    }

    @Test
    void ourInterlocutorStaysTheNewcomerMetWithHisLawyer() {
        List<Quote> q = top("Nordine, la trentaine, a passé un an à Raqqa avant de se rendre.\n\n"
                + "Dans un café de Tunis, un ancien du groupe accepte de nous parler, en présence de son avocat.\n\n"
                + "« On nous traitait comme des chiens », lance notre interlocuteur.", "fr");
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).contains("interlocuteur");
    }
}
