package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description followed by a short relative clause, then a name in apposition (« L'autre rapatrié que nous
 * avons rencontré, Idriss Koné, 31 ans, », "The other returnee who agreed to talk, Idriss Kone, 31,") stands for
 * that name.
 */
class RelativeClauseApposedNameTest {

    @Test
    void theFrenchReturneeWeMetIsTheNameAfterTheRelativeClause() {
        List<Quote> q = top("Karim Benali, 27 ans, a parlé le premier. « J'avais faim », dit-il.\n\nL'autre rapatrié"
                + " que nous avons rencontré, Idriss Koné, 31 ans, était plus réservé. « Je ne regrette rien »,"
                + " prévient le rapatrié.", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Idriss Koné");
    }

    @Test
    void theEnglishReturneeWhoAgreedToTalkIsTheNameAfterTheRelativeClause() {
        List<Quote> q = top("Karim Benali, 27, spoke first. \"I was hungry,\" he said.\n\nThe other returnee who"
                + " agreed to talk, Idriss Kone, 31, was more guarded. \"I regret nothing,\" the returnee said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Idriss Kone");
    }

    @Test
    void aNameThatOpensItsOwnClauseAfterTheRelativeClauseIsNotTheDescription() {
        List<Quote> q = top("Karim Benali, 27 ans, a parlé le premier. « J'avais faim », dit-il.\n\nUn autre rapatrié"
                + " que nous avons rencontré, Idriss Koné l'a hébergé à sa sortie. « Je ne regrette rien », nous a dit"
                + " ce rapatrié.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("ce rapatrié");
    }
}
