package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A transcript's label in capitals before a colon gives the turn's quote to the person the text names so. */
class TranscriptLabelTest {

    private static final String TEXT = "JOURNALISTE : Sur la route de Médenine, nous retrouvons Karim Trabelsi, rentré d'Irak en 2017,"
            + " et sa sœur Sonia.\n"
            + "KARIM TRABELSI (voix traduite de l'arabe) : « Là-bas, j'ai compris qu'on nous envoyait mourir. »\n"
            + "JOURNALISTE : Sa sœur l'écoute, les bras croisés.\n"
            + "SONIA : « Il est revenu, c'est tout ce qui compte pour ma mère. »\n";

    @Test
    void unLibelleEnCapitalesAvecSaRemarqueDonneLaReplique() {
        List<Quote> q = top(TEXT, "fr");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Trabelsi");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Sonia Trabelsi"); // the label « SONIA » names the one the text called « sa sœur Sonia »
    }

    @Test
    void leLibelleSeLitJusquAuDeuxPointsAvantLesGuillemets() {
        int open = TEXT.indexOf("« Là-bas");
        assertThat(TranscriptLabels.label(TEXT, open)).isEqualTo("karim trabelsi");
        assertThat(TranscriptLabels.label(TEXT, TEXT.indexOf("« Il est"))).isEqualTo("sonia");
    }

    @Test
    void uneLigneEnCasseOrdinaireNEstPasUnLibelle() {
        String text = "Le procureur : « Vous mentez. »";
        assertThat(TranscriptLabels.label(text, text.indexOf('«'))).isNull();
    }

    @Test
    void leNomDuLibelleEstCeluiDuTexteOuSaFin() {
        assertThat(TranscriptLabels.names("Ben Amor", "slim ben amor")).isTrue();
        assertThat(TranscriptLabels.names("Mathieu Lefort", "lefort")).isTrue();
        assertThat(TranscriptLabels.names("Amor", "slim ben amorette")).isFalse();
    }

    @Test
    void aLabelNamingSomeoneOnlyInCapitalsWithARoleAfterACommaGivesTheQuote() {
        String text = "NORA PELLING, HOST: Tonight, a man who came back.\n\n"
                + "GAVIN TREW, BYLINE: He asked us not to use his surname.\n\n"
                + "YUSUPOV: “I left the day they stopped paying us.”\n\n"
                + "TREW: He now lives with his parents.\n";
        List<Quote> q = top(text, "en");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yusupov");
        assertThat(TranscriptLabels.label(text, text.indexOf("“I left"))).isEqualTo("yusupov");
    }

    @Test
    void unLibelleSuiviDUnPointEtDUnTiretDonneLaReplique() {
        String text = "CÉLINE DUVERGÉ (journaliste). — Que vous a-t-il écrit ?\n\n"
                + "RENAUD FAUCHÈRE. — « Je rentre, je n'en peux plus. »\n";
        List<Quote> q = top(text, "fr");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Renaud Fauchère");
        assertThat(TranscriptLabels.label(text, text.indexOf("« Je"))).isEqualTo("renaud fauchère");
    }

    @Test
    void einBeschriftetesInterviewGibtDasZitatDemGenannten() {
        String text = "JANA KÖHLER (Moderatorin): Was hat er Ihnen gesagt?\n\n"
                + "TIMO BRANDT, REPORTER: „Ich wollte nur noch nach Hause.“\n";
        List<Quote> q = top(text, "de");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Timo Brandt");
    }
}
