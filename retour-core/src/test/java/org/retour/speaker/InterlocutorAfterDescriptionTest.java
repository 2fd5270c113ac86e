package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * « Notre interlocuteur » after a definite description is whom that description stood for, past the persons its own
 * quote speaks of; after an unnamed source described in its paragraph, it is that source.
 */
class InterlocutorAfterDescriptionTest {

    @Test
    void theInterlocutorIsTheNamedManTheYoungManStoodFor() {
        List<Quote> q = top("Ahmed Soilihi Mmadi est l'un des rares Comoriens revenus de Syrie. Il a accepté de nous recevoir.\n\n"
                + "« Là-bas, on n'était rien », raconte le jeune homme.\n\n"
                + "Puis vient l'été 2016. « Je n'avais rien demandé. Le responsable est venu avec un papier », affirme notre"
                + " interlocuteur.", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Ahmed Soilihi Mmadi");
    }

    @Test
    void anUnnamedSourceInTheParagraphIsTheInterlocutor() {
        List<Quote> q = top("Son père, Malick Faye, 71 ans, a sa lecture. « Ce n'est pas la religion », tranche le septuagénaire.\n\n"
                + "Les deux hommes ont été jugés en 2018.\n\n"
                + "Une source sécuritaire que nous avons interrogée se montre réservée. « Ils sont tous revenus quand Syrte est"
                + " tombée », soutient notre interlocuteur.", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isNull();
    }
}
