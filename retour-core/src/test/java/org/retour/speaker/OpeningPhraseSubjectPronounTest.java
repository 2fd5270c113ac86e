package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * The person named right after a phrase that opens the sentence before a pronoun cue ("Pour la défense, Me
 * Ollier a rappelé …", "At the end of the hearing, Mr Reid said …") is that sentence's subject, whom the
 * pronoun takes up, not the person the paragraph opened with.
 */
class OpeningPhraseSubjectPronounTest {

    @Test
    void theDefenceLawyerAfterAnOpeningPhraseTakesThePronoun() {
        List<Quote> q = top("Nora K., 30 ans, est jugée à Paris. « Je regrette », dit-elle.\n\n"
                + "L’avocat général, Pierre Vasseur, a dénoncé un repentir tardif. Pour la défense, Me Luc Aubry a"
                + " rappelé que sa cliente s’était rendue seule. « Elle a marché vers les gardes », a-t-il plaidé.\n", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Luc Aubry");
    }

    @Test
    void aWitnessAfterAnOpeningPhraseTakesThePronoun() {
        List<Quote> q = top("Adam Reid, 24, denies membership of a terrorist group.\n\n"
                + "The prosecutor, Paul Gray, told the jury the defendant had lied. In his evidence, Tom Baxter described the"
                + " night the defendant came home. \"He was thin and silent,\" he said.\n", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Tom Baxter");
    }

    @Test
    void aPhraseOpenedByAOrAuLeavesTheParagraphToThePersonNamedAfterIt() {
        List<Quote> q = top("Son avocate, Me Clémence Vallaud, a rappelé que son client avait tout donné aux enquêteurs."
                + " « On ne fait pas ça quand on veut garder une porte ouverte », a-t-elle plaidé.\n\n"
                + "Au dernier rang de la salle, sa mère, Malika, venue de Reims, n'a pas quitté son fils des yeux. À la"
                + " suspension, elle a accepté de nous parler. « Il m'appelait en pleurant », raconte-t-elle.\n", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Clémence Vallaud");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Malika");
    }
}
