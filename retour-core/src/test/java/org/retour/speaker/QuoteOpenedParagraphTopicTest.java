package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description of age or sex after a quote that opens its paragraph (« « … », raconte le jeune homme ») stands for
 * the person the paragraph before opens on, not a name the words hold nor the protagonist named further back; when
 * that paragraph ends on someone's words, the description answers them and is not their speaker. A pronoun after
 * such a quote goes to the person a paragraph without words tells of, over the one who spoke before.
 */
class QuoteOpenedParagraphTopicTest {

    private static final String LEAD = "Sofiane Haddad est mort à Raqqa en 2017. Sa mère, Nora, attend toujours son corps."
            + " Sofiane écrivait chaque semaine.\n\n";

    @Test
    void theWordsThatOpenAParagraphAreThoseOfThePersonTheParagraphBeforeIsAbout() {
        List<Quote> q = top(LEAD + "Yacine, 27 ans, a grandi dans le même immeuble. Parti quelques mois après Sofiane, il est"
                + " rentré en 2016 et il est sorti de prison au printemps.\n\n« Sofiane, ils l'ont mis sur la liste en"
                + " décembre. Moi aussi, j'étais sur la liste », raconte le jeune homme, joint par téléphone.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Yacine");
    }

    @Test
    void aDescriptionAnsweringTheWordsThatCloseTheParagraphBeforeIsNotTheirSpeaker() {
        List<Quote> q = top(LEAD + "Face à lui, l'animateur Mourad Benali pose ses questions. Il l'interrompt : « Vous le"
                + " saviez pourtant ? »\n\n« Je l'ai su, mais le voir, ce n'est pas la même chose », a rétorqué le"
                + " jeune homme.", "fr");
        assertThat(speaker(q.get(1)).name()).isNotEqualTo("Mourad Benali");
    }

    @Test
    void aPronounAfterWordsThatOpenAParagraphIsThePersonTheWordlessParagraphBeforeTellsOf() {
        List<Quote> q = top("Rabat - Quand Karim Tazi parle de la Syrie, il regarde ses mains. Le jeune homme de Salé était"
                + " parti en 2014, un converti qui venait d'abandonner un apprentissage de peintre. Depuis mars, il est"
                + " libre.\n\n« Je pensais qu'on avait besoin de moi », dit-il.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Karim Tazi");
    }
}
