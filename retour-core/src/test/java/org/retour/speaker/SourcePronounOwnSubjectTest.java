package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A source's pronoun (« selon lui ») inside a sentence refers to that sentence's subject before it. */
class SourcePronounOwnSubjectTest {

    @Test
    void selonLuiApresLesDeuxPointsRenvoieAuSujetDeSaPhrase() {
        List<Quote> q = top("Karim Mansouri a été condamné à six ans. Il est sorti en mars.\n"
                + "À la préfecture, un fonctionnaire qui a requis l'anonymat résume l'état d'esprit général : selon lui, ces"
                + " hommes « sont rentrés faute de mieux, pas par remords ».", "fr");
        assertThat(q).hasSize(1);
        assertThat(speaker(q.get(0)).name()).isNull();
        assertThat(speaker(q.get(0)).description()).isEqualTo("un fonctionnaire");
    }
}
