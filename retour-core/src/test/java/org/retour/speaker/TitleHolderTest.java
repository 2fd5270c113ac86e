package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** "The judge" takes up the person whose name or role holds the title, not the last person named. */
class TitleHolderTest {

    @Test
    void theJudgeIsThePersonTitledJudgeNotTheLawyerWhoSpokeLast() {
        List<Quote> q = top("Omar Haddad stood before Federal Judge Helen Marsh on Monday.\n\n"
                + "His attorney, Deborah Lund, said her client had told agents everything.\n\n"
                + "\"He was a frightened boy,\" Lund told the judge.\n\n"
                + "The judge said she found him \"partly\" credible.", "en");
        assertThat(speaker(q.get(1)).name()).contains("Helen Marsh");
    }

    @Test
    void theSheikhIsThePersonTheTitleSheikhNamedNotTheReturneeNamedLast() {
        List<Quote> q = top("Mohamed Areef, 29, returned to the Maldives in 2020. \"I was a fool,\" Areef said.\n\nSheikh"
                + " Hussain Rasheed, who teaches at a mosque in Maradhoo and has met Areef several times, said the community"
                + " had been \"quiet but supportive\".\n\n\"We must give him the chance to show he has changed,\" the"
                + " sheikh said.", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Hussain Rasheed");
    }
}
