package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A definite description of sex alone (« la jeune femme », « l'homme », "the young woman") that speaks stands for
 * the named person who opens its paragraph as subject, once the text gave their role or age, not for a person of
 * the paragraph before.
 */
class SexNounTopicTest {

    private static Quote last(String text, String lang) {
        List<Quote> q = TestPipelines.analyze(text, lang).get(Layers.QUOTES);
        return q.get(q.size() - 1);
    }

    @Test
    void laJeuneFemmeEstLaSoeurQuiOuvreLeParagraphe() {
        Quote q = last("Dans sa cuisine de Roubaix, Nadia Ferhat montre les lettres de son fils, Yacine, parti en Syrie"
                + " en 2014.\n\nSa fille cadette, Inès, 24 ans, est assise près de la fenêtre. Elle a gardé toutes les"
                + " réponses de l’administration. « Maman a écrit partout, personne ne nous a aidées », dit la jeune"
                + " femme.", "fr");
        assertThat(q.attribution().speaker().name()).isEqualTo("Inès Ferhat");
    }

    @Test
    void lHommeEstLeFrereNommeEnTete() {
        Quote q = last("Dans sa cuisine de Roubaix, Nadia Ferhat montre les lettres de son fils, Yacine, parti en Syrie"
                + " en 2014.\n\nSon frère, Mehdi, 27 ans, fume sur le balcon. Il a gardé toutes les réponses de la"
                + " préfecture. « Ma mère a écrit partout, personne ne nous a aidés », dit l’homme.", "fr");
        assertThat(q.attribution().speaker().name()).isEqualTo("Mehdi Ferhat");
    }

    @Test
    void theYoungWomanIsTheSisterWhoOpensTheParagraph() {
        Quote q = last("In her kitchen in Luton, Nadia Ferhat shows the letters of her son, Yacine, who left for Syria"
                + " in 2014.\n\nHis sister, Amira, 24, sits by the window. She kept every answer from the Home Office."
                + " \"Mum wrote to everyone and nobody helped us,\" the young woman said.", "en");
        assertThat(q.attribution().speaker().name()).isEqualTo("Amira Ferhat");
    }

    @Test
    void aPlaceOpeningTheParagraphIsNoTopicOfTheMan() {
        Quote q = last("Nour Chamseddine attend devant la mairie.\n\nBen Arous, à vingt kilomètres de Tunis. Dans un"
                + " café, un jeune homme commande un thé. « Ici, tout le monde me regarde comme un mort qui marche »,"
                + " conclut le jeune homme.", "fr");
        assertThat(q.attribution().speaker().name()).isNotEqualTo("Ben Arous");
    }
}
