package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * Words an interpreter renders: in the first person they are the words of the person rendered, in a relay in the
 * third person the interpreter's own.
 */
class InterpretedWordsTest {

    @Test
    void wordsRenderedInTheFirstPersonAreThePersonRendered() {
        List<Quote> q = top("Un gardien fait sortir un homme maigre. Abou Hamza est irakien et ne parle pas français."
                + " Notre interprète, Hozan Aziz, traduit ses mots. « J'étais dans la police islamique à Mayadine »,"
                + " traduit Hozan Aziz.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Abou Hamza");
    }

    @Test
    void aRelayInTheThirdPersonStaysTheInterpreters() {
        List<Quote> q = top("Modou Bakari ne parle que le kanuri. Ses réponses nous parviennent par Ibrahim Mahamat,"
                + " interprète au centre. « Il dit qu'au début, on leur donnait du riz », traduit M. Mahamat.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ibrahim Mahamat");
    }

    @Test
    void anUnnamedPersonToldOfAsAnObjectIsNotThePersonRendered() {
        List<Quote> q = top("Leïla Haddad, 38 ans, est partie en Syrie avec son mari.\n\nL'interprète, Rania Saleh,"
                + " restitue ses phrases.\n\n« À Mossoul, j'ai vu une femme qu'on fouettait », traduit"
                + " l'interprète.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Leïla Haddad");
    }

    @Test
    void anEnglishInterpretersFirstPersonRenderingIsTheFighters() {
        List<Quote> q = top("Abdullahi Musa surrendered in March. He speaks only Hausa, and a soldier, Bello Ibrahim,"
                + " interpreted. \"I left because we were starving,\" Ibrahim translated.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Abdullahi Musa");
    }

    @Test
    void aVerbOfSpeechOtherThanRenderingKeepsItsSubject() {
        List<Quote> q = top("Abdullahi Musa surrendered in March. A soldier, Bello Ibrahim, was there. \"I saw him"
                + " arrive,\" Ibrahim said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Bello Ibrahim");
    }
}
