package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description with a possessive ("Son oncle", "His father") speaks for the person named in apposition
 * right after it, or for the one an earlier description of the same noun was tied to; a description whose
 * name only comes further on stays unnamed.
 */
class PossessiveDescriptionSpeakerTest {

    @Test
    void aPossessiveFollowedByTheNameInAppositionSpeaksForThatName() {
        List<Quote> q = top("Son grand frère, l'imam Lassana Diarra, l'a accueilli. « Il ne mangeait presque rien »,"
                + " raconte le religieux.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Lassana Diarra");
    }

    @Test
    void aPossessiveTakesUpTheNameAnEarlierDescriptionOfTheSameNounWasTiedTo() {
        List<Quote> q = top("Nadia Roussel vit chez son père, Gilbert Roussel, près de Lyon.\n\n"
                + "Son père l'écoute. « Je l'ai attendue six ans », dit le retraité.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Gilbert Roussel");
    }

    @Test
    void aDescriptionTiedOnlyToANameFurtherOnStaysUnnamed() {
        List<Quote> q = top("Her case officer, a probation officer who cannot be named, meets her weekly. \"Nobody"
                + " changes in a classroom,\" the officer says.\n\nMark Ellison, a former police officer, disagrees.",
                "en");
        assertThat(speaker(q.get(0)).name()).isNull();
    }

    @Test
    void aDefiniteDescriptionBeforeAColonSpeaksForThePersonNamedBefore() {
        List<Quote> q = top("Le tribunal juge Malik Ferhat, parti en Syrie en 2015.\n\n"
                + "La juge lui demande pourquoi il est resté. Réponse de l'accusé : « J'avais peur. »", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Malik Ferhat");
    }
}
