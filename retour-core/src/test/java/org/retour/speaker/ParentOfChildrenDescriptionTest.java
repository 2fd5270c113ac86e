package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * « le père de deux enfants », "the father of two" describe a family man, not the father named earlier: they stand
 * for the person named before with no kin or trade role.
 */
class ParentOfChildrenDescriptionTest {

    @Test
    void theFatherOfTwoIsNotTheFatherNamedBeforeInFrench() {
        List<Quote> q = top("Revenu à Marseille en 2020 après trois ans en Irak, Samy Belkacem, 41 ans, nous reçoit chez lui."
                + " Son père, Rachid Belkacem, est assis à côté de lui.\n\n« Là-bas, on gardait des prisons vides »,"
                + " raconte le père de deux enfants.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Samy Belkacem");
    }

    @Test
    void theFatherOfTwoIsNotTheFatherNamedBeforeInEnglish() {
        List<Quote> q = top("Back in Leeds since 2020 after three years in Iraq, Sami Khan, 41, met us at his flat. His father,"
                + " Tariq Khan, sat beside him.\n\n\"Over there we guarded empty prisons,\" said the father of two.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Sami Khan");
    }

    @Test
    void theFatherAloneIsStillTheFatherNamedBefore() {
        List<Quote> q = top("Revenu à Marseille en 2020 après trois ans en Irak, Samy Belkacem, 41 ans, nous reçoit chez lui."
                + " Son père, Rachid Belkacem, est assis à côté de lui.\n\n« Il ne m'a jamais appelé », raconte le père.",
                "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Rachid Belkacem");
    }
}
