package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * The capitalised run after a verb of speech in a compound tense (« », a déclaré Nadège Perrin ») is its
 * subject, a name though the lexicon does not know the given name, as after a verb in a simple tense.
 */
class CompoundTenseSpeechSubjectTest {

    @Test
    void anUnknownNameAfterTheAuxiliaryAndTheVerbIsAPersonWhoSpeaksTheQuote() {
        Analysis a = TestPipelines.analyze("« Il ment depuis le début », a déclaré Ysoline Carrère.", "fr");
        assertThat(a.get(Layers.PERSONS)).extracting(Entity::canonical).containsExactly("Ysoline Carrère");
        List<Quote> q = a.get(Layers.QUOTES);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).attribution().speaker().name()).isEqualTo("Ysoline Carrère");
    }

    @Test
    void inEnglishTooAfterHas() {
        Analysis a = TestPipelines.analyze("\"He has lied from the start,\" has said Thandeka Mabuza.", "en");
        assertThat(a.get(Layers.PERSONS)).extracting(Entity::canonical).containsExactly("Thandeka Mabuza");
    }

    @Test
    void aSingleUnknownWordAfterTheAuxiliaryAndTheVerbIsNoPerson() {
        Analysis a = TestPipelines.analyze("Le procès s'est ouvert lundi, a constaté Alwatania. Il durera trois jours.", "fr");
        assertThat(a.get(Layers.PERSONS)).isEmpty();
    }

    @Test
    void aVerbThatIsNoVerbOfSpeechAfterTheAuxiliaryMakesNoName() {
        Analysis a = TestPipelines.analyze("Le procès s'est ouvert lundi, a quitté Grand Bassam hier soir.", "fr");
        assertThat(a.get(Layers.PERSONS)).isEmpty();
    }
}
