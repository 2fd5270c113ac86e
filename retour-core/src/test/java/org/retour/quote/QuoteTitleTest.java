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

    @Test
    void aCapitalisedTitleBesideANounOfAWorkIsNoQuote() {
        assertThat(quotes("Elle en tire un livre, « Partir de Raqqa », qui paraît jeudi chez Stock.", "fr")).isEmpty();
        assertThat(quotes("L'ancien combattant publie « La Longue Route du retour », récit de ses années en Irak.", "fr"))
                .isEmpty();
        assertThat(quotes("Dans le podcast « Retours », elle raconte sa fuite.", "fr")).isEmpty();
    }

    @Test
    void wordsAnnouncedByAColonAfterANounOfAWorkAreAQuote() {
        assertThat(quotes("Elle parle de son livre : « Personne ne voulait m'écouter. »", "fr"))
                .containsExactly("Personne ne voulait m'écouter.");
    }

    @Test
    void aCodeOfCapitalsAndDigitsIsNoQuote() {
        assertThat(quotes("A detainee, identified in the report only as \"K7\", described the beatings at length.", "en"))
                .isEmpty();
    }
}
