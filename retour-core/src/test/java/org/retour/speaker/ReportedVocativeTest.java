package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * A parent's report of what their child told them (« Il m'a dit : “Papa, …” ») is the parent's, and the nested words
 * that address the parent are the child's, though the child was the last person the text told of.
 */
class ReportedVocativeTest {

    @Test
    void theFatherReportsHisSonsWordsThatCallHimPapa() {
        Analysis a = TestPipelines.analyze("Hédi Ouerghi, le père, parle lentement.\n\nPendant trois ans, les appels se"
                + " font rares. Puis, à l'été 2017, le ton change. Aymen dit à son père qu'il veut rentrer. «Il m'a dit:"
                + " “Papa, ici ce n'est pas ce qu'on nous a raconté.”» Il raconte aussi la faim.", "fr");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Hédi Ouerghi");
        assertThat(speaker(children(a, outer).get(0)).name()).isEqualTo("Aymen");
    }

    @Test
    void withoutAFirstPersonObjectTheWordsStayTheSpeakers() {
        Analysis a = TestPipelines.analyze("Hédi Ouerghi, le père, parle lentement.\n\nAymen dit à son père qu'il veut"
                + " rentrer. «Il a écrit à sa sœur: “Papa, ici ce n'est pas ce qu'on nous a raconté.”» Il raconte aussi"
                + " la faim.", "fr");
        assertThat(speaker(topLevel(a).get(0)).name()).isNotEqualTo("Hédi Ouerghi");
    }
}
