package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * The imperfect of a French verb of speech (« il me répétait », « confirmait-elle ») is a cue as its other tenses
 * are: a nested quote after « Il me répétait : » is the words of the one the pronoun stands for.
 */
class ImperfectSpeechVerbTest {

    @Test
    void theSonWhoKeptRepeatingSpeaksTheNestedWords() {
        List<Quote> q = TestPipelines.analyze("Selon sa mère, Ali Jlassi a vite déchanté. « Il me répétait : “Nous, les"
                + " Tunisiens, on était de la chair à canon pour eux.” », rapporte Mabrouka Jlassi.", "fr")
                .get(Layers.QUOTES);
        Quote nested = q.stream().filter(x -> x.parent() != null).findFirst().orElseThrow();
        assertThat(speaker(nested).name()).isEqualTo("Ali Jlassi");
    }

    @Test
    void anInvertedImperfectCueGivesTheWordsToItsPronoun() {
        List<Quote> q = TestPipelines.analyze("Samia Kerbouche a longtemps travaillé au centre. « Ils arrivaient avec"
                + " beaucoup de honte », confirmait-elle en 2019.", "fr").get(Layers.QUOTES);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samia Kerbouche");
        assertThat(q.get(0).attribution()).isInstanceOf(org.retour.model.Attribution.Cued.class);
    }
}
