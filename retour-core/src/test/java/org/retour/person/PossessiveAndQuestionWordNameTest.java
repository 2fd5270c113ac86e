package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Where a run of capitalised words stops being a name: at a possessive inside it ("Kamal Haidari’s Mirrabooka
 * home") and after a question word that opens a sentence (« Pourquoi Youssef est-il parti ? »).
 */
class PossessiveAndQuestionWordNameTest {

    private static List<String> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aPossessiveInsideARunEndsTheName() {
        assertThat(persons("On the fridge of Kamal Haidari’s Mirrabooka home is a crayon drawing. Kamal Haidari said"
                + " nothing.", "en")).containsExactly("Kamal Haidari");
        assertThat(persons("Outside Amira Khoury's Lakemba flat, Amira Khoury waits.", "en")).containsExactly("Amira Khoury");
    }

    @Test
    void aPossessiveOnTheFirstWordStillOpensTheNameAfterIt() {
        assertThat(persons("CNN’s Jake Tapper asked the question.", "en")).containsExactly("Jake Tapper");
    }

    @Test
    void aFrenchQuestionWordOpeningTheSentenceIsNoGivenName() {
        assertThat(persons("Youssef Amrani est parti en 2014. Pourquoi Youssef est-il parti ? Comment Youssef a-t-il"
                + " pu ?", "fr")).containsExactly("Youssef Amrani");
    }

    @Test
    void anEnglishQuestionWordOpeningTheSentenceIsNoGivenName() {
        assertThat(persons("Omar Haddad left in 2014. Why Omar left, nobody knows.", "en")).containsExactly("Omar Haddad");
    }

    @Test
    void aNameAfterANamingVerbAndACommaAsideIsAName() {
        assertThat(persons("Le plus jeune est un berger. Il s'appelle, pour cet article, Alhousseini.", "fr"))
                .containsExactly("Alhousseini");
    }
}
