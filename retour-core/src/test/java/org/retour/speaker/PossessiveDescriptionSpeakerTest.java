package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description with a possessive ("Son oncle", "His father") or an article speaks for the person named in
 * apposition right after it (titles included), for the one an earlier description of the same noun was tied
 * or predicated to, or for the one named before a colon introduction; a description whose name only comes
 * further on stays unnamed.
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

    @Test
    void aDescriptionFollowedByAnAbbreviatedTitleAndANameSpeaksForThatName() {
        List<Quote> q = top("The camp director, Lt.-Col. Adamu Bello Garba, said the men were tired. \"They surrender"
                + " because they are hungry,\" the camp director said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Adamu Bello Garba");
    }

    @Test
    void aDescriptionTakesUpTheNameItWasPredicatedOf() {
        List<Quote> q = top("Hamid Rauf Siddiqui was a second-year medical student when he left for Syria.\n\n"
                + "\"I thought I would treat the wounded,\" the former student said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hamid Rauf Siddiqui");
    }
}
