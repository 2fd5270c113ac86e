package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * « Le prévenu », more than 1,200 characters from the lead that named him and past an official named since, is the person the lead names:
 * court reports name the one they are about at the head and then call him by that noun.
 */
class DefendantLeadTest {

    private static final String TEXT = "Il porte une chemise bleue et garde les mains croisées. Hugo V. (29 ans), de"
            + " Namur, comparaissait jeudi devant le tribunal correctionnel pour participation aux activités d'un groupe"
            + " terroriste. Parti en Syrie en 2015, il a été arrêté en Irak en 2018 puis rapatrié en Belgique en 2021,"
            + " après trois années passées dans un camp du nord-est syrien où il dit avoir surtout attendu.\n\n"
            + "Le tribunal a entendu pendant près de deux heures les enquêteurs de la police judiciaire fédérale, qui"
            + " ont retracé son parcours à partir des écoutes téléphoniques, des messages retrouvés dans son ordinateur"
            + " et des témoignages recueillis auprès de ses anciens camarades de quartier, dont plusieurs sont encore"
            + " portés disparus.\n\n"
            + "Le substitut du procureur, Marc Delvaux, reste sceptique. « Il découvre ses regrets au moment où tout"
            + " s'effondre », a-t-il estimé. Pour le parquet, cinq ans de prison sont un minimum, compte tenu de la"
            + " durée du séjour et des fonctions occupées sur place, que l'enquête a pu documenter en détail.\n\n"
            + "La défense, elle, a insisté sur les conditions de détention dans le camp, sur la maladie de sa fille"
            + " aînée et sur les lettres envoyées à sa famille dès 2017, dans lesquelles il demandait déjà comment"
            + " rentrer. Elle a demandé au tribunal de tenir compte des trois années déjà passées en détention et d'un"
            + " suivi psychologique commencé depuis son retour, que son thérapeute décrit comme régulier et sérieux.\n\n"
            + "Le prévenu secoue la tête. « J'avais demandé à partir bien avant la défaite. »\n";

    @Test
    void theDefendantIsTheOneTheLeadNames() {
        List<Quote> q = top(TEXT, "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Hugo V.");
    }

    @Test
    void theAppellantIsTheOneTheLeadNamesRetriedOnAppeal() {
        List<Quote> q = top("Nabil Harrouch, 31 ans, était rejugé jeudi par la cour d'appel de Colmar. Le président, Jean-Michel"
                + " Arnaud, commence par les faits. Nabil Harrouch reconnaît tout. Il ajoute un élément nouveau. « On ne"
                + " nous a jamais envoyés contre l'armée syrienne », explique l'appelant, d'une voix claire.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Nabil Harrouch");
    }
}
