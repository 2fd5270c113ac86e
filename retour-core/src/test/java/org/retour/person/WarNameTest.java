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
 * The name a person took or was given in the group, after "kunya", "took the name" or « nom de guerre », is
 * another name of the person named last before it in the paragraph, no person of its own, so the pronouns after it
 * stay with that person; a name after such words with no one named before it in the paragraph stays a person.
 */
class WarNameTest {

    @Test
    void aKunyaGivenToThePersonJustNamedIsNoPersonOfItsOwn() {
        String text = "Tobias Wendell left Leeds in 2014. In Raqqa, the fighters he lived with gave him a kunya,"
                + " “Abu Yahya al-Inglizi”, and a job he had not expected.\n\n"
                + "“If you didn’t speak Arabic you were a chair,” he says.";
        Analysis a = TestPipelines.analyze(text, "en");
        assertThat(a.get(Layers.PERSONS)).extracting(Entity::canonical).containsExactly("Tobias Wendell");
        List<Quote> q = a.get(Layers.QUOTES);
        assertThat(q.get(q.size() - 1).attribution().speaker().name()).isEqualTo("Tobias Wendell");
    }

    @Test
    void aFrenchNomDeGuerreIsAnotherNameOfThePersonNamedBefore() {
        String text = "Karim Delorme, 29 ans, est revenu en France. Il était connu sous le nom de guerre"
                + " d’« Abou Talha al-Faransi ».";
        assertThat(TestPipelines.analyze(text, "fr").get(Layers.PERSONS)).extracting(Entity::canonical)
                .containsExactly("Karim Delorme");
    }

    @Test
    void aWarNameWithNoOneNamedBeforeInItsParagraphStaysAPerson() {
        String text = "Tobias Wendell reported from the camp.\n\n"
                + "The commander here, who goes by the nom de guerre Heval Zagros, said 5,000 people had come out.";
        assertThat(TestPipelines.analyze(text, "en").get(Layers.PERSONS)).extracting(Entity::canonical)
                .contains("Heval Zagros");
    }

    @Test
    void aNameTheSentenceOpensWithIsAnotherNameOfThePersonNamedBefore() {
        String text = "Farid Assoumani, 34 ans, a été l'émir d'une katiba. Connu là-bas sous le nom d'« Abou Moussa"
                + " al-Faransi », il a quitté l'organisation à l'été 2016.";
        Analysis a = TestPipelines.analyze(text, "fr");
        assertThat(a.get(Layers.PERSONS)).extracting(Entity::canonical).containsExactly("Farid Assoumani");
        assertThat(a.get(Layers.PERSONS).get(0).mentions()).extracting(m -> m.text()).contains("Abou Moussa al-Faransi");
    }

    @Test
    void aNameAfterTheCommaOfThePersonJustNamedIsAnotherNameOfTheirs() {
        String text = "Amandine est partie en Syrie avec son mari, Karim, devenu sous le nom d'Abou Moussab l'un des"
                + " émirs de la ville.";
        assertThat(TestPipelines.analyze(text, "fr").get(Layers.PERSONS)).extracting(Entity::canonical)
                .doesNotContain("Abou Moussab");
    }

    @Test
    void aNameSomeoneDescribedWentByIsAPersonOfTheirOwn() {
        String text = "Sabrina Mekki accuse un recruteur du quartier, connu sous le nom d'« Abou Moussa », d'avoir"
                + " trompé son frère.";
        assertThat(TestPipelines.analyze(text, "fr").get(Layers.PERSONS)).extracting(Entity::canonical)
                .contains("Sabrina Mekki", "Abou Moussa");
    }

    @Test
    void aNameAProgrammeGoesByIsNoOtherNameOfThePersonNamedBefore() {
        String text = "Leïla Benali est suivie par le dispositif genevois de prévention, connu sous le nom de"
                + " « Gardes-Fous ».";
        Entity leila = TestPipelines.analyze(text, "fr").get(Layers.PERSONS).get(0);
        assertThat(leila.mentions()).extracting(m -> m.text()).doesNotContain("Gardes-Fous");
    }
}
