package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A pronoun cue in a paragraph that names no one before it takes up the person the paragraph before names last, after
 * the last speaker's words ("Anna, what will happen to Yusuf now?" then "He will be tried. … He told me, “…”"): that
 * person, not the official quoted before the question; a description after the name ("Sa mère, si.") keeps its turn.
 */
class QuestionNamedPersonTest {

    private static Quote last(String text, String lang) {
        List<Quote> q = TestPipelines.analyze(text, lang).get(Layers.QUOTES);
        return q.get(q.size() - 1);
    }

    @Test
    void thePersonAskedAboutIsTheOneWhoToldMe() {
        Quote q = last("BERG: One police officer here told me that \"every man who comes out was a driver.\"\n\n"
                + "MILLER: Anna, what will happen to Yusuf now?\n\n"
                + "BERG: Well, he will be tried in Baghdad. Very few men have been sent home. He told me, and I am quoting"
                + " him, \"I know I will go to prison. I only hope it is at home.\"", "en");
        assertThat(q.attribution().speaker().name()).isEqualTo("Yusuf");
    }

    @Test
    void laPersonneNommeeEnDernierAuParagrapheDAvantParle() {
        Quote q = last("« Chaque homme qui sort était cuisinier », affirme un officier du renseignement.\n\n"
                + "Que va devenir Karim Benali ?\n\n"
                + "Il sera jugé à Bagdad. Très peu d’hommes ont été rapatriés. « Je sais que j’irai en prison. J’espère"
                + " seulement que ce sera en France », dit-il.", "fr");
        assertThat(q.attribution().speaker().name()).isEqualTo("Karim Benali");
    }

    @Test
    void aDescriptionAfterTheNameKeepsItsTurn() {
        Quote q = last("Josiane Morel, 61 ans, pose deux tasses. « Ils dessinent tout le temps », dit la retraitée.\n\n"
                + "Sonia Morel ne souhaite pas parler à la presse. Sa mère, si.\n\n"
                + "« Elle m’a tout raconté, le soir, quand les petits dorment », dit-elle.", "fr");
        assertThat(q.attribution().speaker().name()).isEqualTo("Josiane Morel");
    }
}
