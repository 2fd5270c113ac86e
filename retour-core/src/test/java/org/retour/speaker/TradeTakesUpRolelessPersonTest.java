package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A definite description of a trade that opens its sentence (« La politologue », « Le fonctionnaire », "The
 * researcher") stands for the one person its paragraph named before it without a role: the writer gives the trade
 * by taking the person up.
 */
class TradeTakesUpRolelessPersonTest {

    @Test
    void thePoliticalScientistIsTheWomanWhoseWorkTheSentenceBeforeTells() {
        List<Quote> q = top("Comprendre les départs, c'est le travail de Louise Garnier depuis dix ans. La politologue a"
                + " rencontré une centaine de familles à Lunel et à Trappes. « Les parents voient leurs enfants changer"
                + " sans savoir le nommer », explique-t-elle.", "fr");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Louise Garnier");
    }

    @Test
    void theCivilServantAfterAQuoteIsTheManTheParagraphOpensWith() {
        List<Quote> q = top("Marc Olivier reçoit chaque semaine les jeunes revenus de Syrie dans son bureau de Nanterre."
                + " Il consulte leurs dossiers, note leurs rendez-vous. « Ils sont ponctuels, presque trop. » Le"
                + " fonctionnaire reste pourtant prudent : « Je ne sais pas ce qu'ils pensent vraiment. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Marc Olivier");
    }

    @Test
    void theResearcherIsTheWomanNamedWithoutARole() {
        List<Quote> q = top("For ten years Hannah Brooks has read the messages of people who left for Syria. The"
                + " researcher says most of them wrote about food and boredom, not about the war. \"They complain about"
                + " the heat and the prices, like tourists,\" she said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Hannah Brooks");
    }

    @Test
    void aPartyOfTheSceneIsSomeoneNew() {
        List<Quote> q = top("Karim Haddad comparaît depuis lundi devant le tribunal de Bobigny. La présidente lui demande"
                + " pourquoi il est parti. « Pourquoi la Syrie ? », interroge la magistrate.", "fr");
        assertThat(speaker(q.get(0)).name()).isNotEqualTo("Karim Haddad");
    }
}
