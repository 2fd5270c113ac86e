package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * A name a later sentence gives an unnamed speaker through a pronoun and a verb of naming (« Il s'appelle … », "His
 * name is …") is the speaker's, back to the first words; someone else of that gender named between keeps it apart.
 */
class RevealedNameTest {

    @Test
    void theFormerPrisonerWhoseNameComesTwoParagraphsLaterSpeaksByIt() {
        List<Quote> q = TestPipelines.analyze("Un ancien détenu, la trentaine, prend la parole le premier. « À Syrte, on"
                + " m'a mis un fusil dans les mains », raconte-t-il.\n\n« J'ai vu des hommes crucifiés sur un"
                + " rond-point. »\n\nIl s'appelle Mohamed Lemine ould Brahim, il a 31 ans.", "fr").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mohamed Lemine ould Brahim");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Mohamed Lemine ould Brahim");
    }

    @Test
    void anEnglishNameGivenAfterTheWordsIsTheSpeakers() {
        List<Quote> q = TestPipelines.analyze("A young man in a grey hoodie sits at the back. \"I thought I was going to"
                + " defend civilians,\" he says.\n\nHis name is Mathieu, and he asked that his surname not be used.", "en")
                .get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Mathieu");
    }

    @Test
    void someoneElseOfTheSameGenderNamedBetweenKeepsTheNameApart() {
        List<Quote> q = TestPipelines.analyze("Un ancien détenu prend la parole le premier. « On m'a mis un fusil dans"
                + " les mains », raconte-t-il.\n\nLe juge Paul Girard l'écoute sans rien dire.\n\nIl s'appelle Karim"
                + " Haddad, il a 31 ans.", "fr").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void aNameGivenAfterAnAsideSetOffByCommasIsTheSpeakers() {
        List<Quote> q = TestPipelines.analyze("Aucun ne veut donner son vrai nom.\n\nLe plus jeune est un berger de la"
                + " zone d'Anderamboukane. Il a rejoint le groupe en 2021, « pour avoir une moto et un fusil », dit-il."
                + " Il s'appelle, pour cet article, Alhousseini. « Au début, on nous disait qu'on allait combattre les"
                + " mécréants », raconte-t-il.", "fr").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Alhousseini");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Alhousseini");
    }
}
