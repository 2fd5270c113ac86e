package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/** A person named only inside quotation marks is no one a description of the narration takes up. */
class QuotedNameDescriptionTest {

    @Test
    void theAccusedIsNotThePublicFigureNamedInsideAQuote() {
        List<Quote> q = top("Le tribunal de Tunis jugeait mercredi Walid Trabelsi, 27 ans, rentré de Syrie en 2017.\n\n"
                + "Selon lui, les Tunisiens étaient traités d'« agents de Ben Ali » par leurs chefs.\n\n"
                + "Le juge lui a alors demandé pourquoi il était resté. « J'avais peur de la prison du groupe », "
                + "a répondu le prévenu.", "fr");
        assertThat(speaker(q.get(q.size() - 1)).name()).isEqualTo("Walid Trabelsi");
    }
}
