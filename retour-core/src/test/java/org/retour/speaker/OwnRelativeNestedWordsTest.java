package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * Words a speaker nests after a pronoun that takes up a relation of their own (« Mon fils veut rentrer. Il m'a dit :
 * “…” », "my sister … she said, ‘…’") are the words of that relative when the article names exactly one such relative
 * of the speaker; otherwise they stay the speaker's report, unattributed.
 */
class OwnRelativeNestedWordsTest {

    private static Quote nested(String text, String lang) {
        List<Quote> q = TestPipelines.analyze(text, lang).get(Layers.QUOTES);
        return q.stream().filter(x -> x.parent() != null).findFirst().orElseThrow();
    }

    @Test
    void theSonTheMotherNamedSaidTheNestedWords() {
        Quote n = nested("Mbarka Hmidi, 58 ans, a lancé jeudi un appel pour le rapatriement de son fils Aymen, détenu"
                + " depuis 2017 par les forces kurdes.\n\n«Mon fils veut rentrer. Il m'a dit: “Je veux voir mes enfants"
                + " grandir.” Il a deux petites filles qui vivent avec moi», a-t-elle encore indiqué.", "fr");
        assertThat(speaker(n).name()).isEqualTo("Aymen Hmidi");
    }

    @Test
    void aSonTheArticleNeverNamedLeavesTheWordsUnattributed() {
        Quote n = nested("Mbarka Hmidi, 58 ans, a lancé jeudi un appel aux autorités.\n\n«Mon fils veut rentrer. Il m'a"
                + " dit: “Je veux voir mes enfants grandir.” Il a deux petites filles qui vivent avec moi», a-t-elle"
                + " encore indiqué.", "fr");
        assertThat(n.attribution().speaker()).isNull();
    }
}
