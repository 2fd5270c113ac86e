package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A verb of speech in the sentence after a quote that opens a clause of its own with « que » or "that" (« « … ? »
 * Hassan Benali lui serre la main et répond qu'on en parlera », "“…?” Hassan Benali … replies that they will talk
 * about it") reports its own words: it is no cue of the quote, which goes to whom its context gives it.
 */
class OwnReportCueTest {

    private static final String LEAD_FR = "Yassine Amrani, 28 ans, voit l'aumônier Hassan Benali chaque semaine. « J'ai"
            + " tiré sur des gens qui priaient », confie Yassine.\n\nQuand la séance s'achève, Yassine demande à l'imam"
            + " s'il pourra revenir. Il a une question sur le pardon. ";

    @Test
    void aFrenchReplyThatOpensItsOwnClauseIsNotTheQuestionsCue() {
        List<Quote> q = top(LEAD_FR + "« Est-ce que Dieu pardonne ? » Hassan Benali lui serre la main et répond qu'on en"
                + " parlera la semaine prochaine.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yassine Amrani");
    }

    @Test
    void anEnglishReplyThatOpensItsOwnClauseIsNotTheQuestionsCue() {
        List<Quote> q = top("Yassine Amrani, 28, sees the chaplain Hassan Benali every week. \"I shot at people who were"
                + " praying,\" Yassine says.\n\nWhen the session ends, Yassine asks the imam if he can come back. He has a"
                + " question about forgiveness. \"Does God forgive?\" Hassan Benali shakes his hand and replies that they"
                + " will talk about it next week.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Yassine Amrani");
    }

    @Test
    void aVerbOfTheNextSentenceWithoutAClauseOfItsOwnStaysTheCue() {
        List<Quote> q = top(LEAD_FR + "« Est-ce que Dieu pardonne ? » Hassan Benali lui serre la main et répond sans"
                + " attendre.", "fr");
        assertThat(q.get(1).attribution().cue().text()).isEqualTo("répond");
    }
}
