package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A pronoun that opens a sentence continues the subject of the sentence before it, not the paragraph's first person. */
class ChainedPronounTest {

    @Test
    void emirWhoGathersTheFightersIsTheOneWhoSpeaks() {
        List<Quote> q = top("Yassin est rentré en 2016. « Au début, c'était l'aventure », se souvient-il.\n\n"
                + "Très vite, pourtant, le jeune homme déchante. Son émir, un Tchétchène d'une quarantaine d'années,"
                + " réunit un soir les combattants étrangers. Il leur annonce que les déserteurs seront exécutés."
                + " « Celui qui quitte la terre du califat quitte l'islam », leur a-t-il dit.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).contains("émir");
    }

    @Test
    void withoutASentenceOpenedByThePronounTheParagraphsTopicKeepsIt() {
        List<Quote> q = top("Yassin est rentré en 2016. « Au début, c'était l'aventure », se souvient-il.\n\n"
                + "Très vite, pourtant, le jeune homme déchante. Son émir, un Tchétchène d'une quarantaine d'années,"
                + " réunit un soir les combattants étrangers. « Celui qui part est un apostat », a-t-il raconté.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yassin");
    }

    private static final String TRIAL = "Karim Lahmar, 31 ans, est jugé depuis lundi. « Je suis parti pour servir à quelque"
            + " chose », a-t-il commencé.\n\nLe président, Laurent Vercors, l'interrompt : « C'est-à-dire ? » L'accusé"
            + " cherche ses mots. ";

    @Test
    void aQuoteOpeningItsParagraphGoesOnWithThePronounThatClosesTheParagraphBefore() {
        List<Quote> q = top(TRIAL + "Il décrit ses premiers mois à Raqqa, puis les gardes.\n\n« On vivait comme des"
                + " chiens », poursuit-il.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Laurent Vercors");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Karim Lahmar");
    }

    @Test
    void aLastSentenceWithWordsOfItsOwnPassesNoSubjectOn() {
        List<Quote> q = top("Dodi Kurniawan, 34, came home in 2018. \"We were hungry,\" he said.\n\nHis brother-in-law was"
                + " caught at a checkpoint. He was released, Dodi said, \"thinner than a broom\".\n\n\"After that we knew,\""
                + " he said.", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Dodi Kurniawan");
    }

    @Test
    void aFriendAfterAvecInAnOpeningPhraseIsNoSubjectThePronounGoesOnWith() {
        List<Quote> q = top("Rayan, 29 ans, a accepté de nous rencontrer.\n\nParti en Syrie à l'automne 2014 avec un ami"
                + " d'enfance, le jeune homme a passé quatorze mois près de Deir ez-Zor. Il dit avoir été affecté à la garde"
                + " d'un dépôt. « On m'avait vendu une terre d'honneur, poursuit-il. J'ai surtout épluché des oignons. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rayan");
    }
}
