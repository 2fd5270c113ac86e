package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;

/** Titles, code names and terms after an elided determiner or a naming participle: no quotes, through the standard pipeline. */
class QuoteTitleTest {

    private static List<String> quotes(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.MARKED_QUOTES).stream().map(Quote::text).toList();
    }

    @Test
    void aTermAfterAnElidedDeterminerIsNoQuote() {
        assertThat(quotes("Il a ajouté que la police religieuse du groupe, l’« hisba », surveillait les marchés.", "fr"))
                .isEmpty();
        assertThat(quotes("Il a ajouté que la police du groupe, l'« hisba », surveillait tout.", "fr")).isEmpty();
    }

    @Test
    void aTermAfterAPluralNamingParticipleIsNoQuote() {
        assertThat(quotes("Selon lui, les recrues venues d'Europe étaient surnommées « les novices » et tenues à l'écart, "
                + "explique-t-il.", "fr")).isEmpty();
    }
}
