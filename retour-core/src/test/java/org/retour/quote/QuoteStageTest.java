package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;

class QuoteStageTest extends StageContractTest {

    @Override
    protected Stage stage() {
        return TestPipelines.stage("quotes");
    }

    @Override
    protected List<Stage> prerequisites() {
        return TestPipelines.before("quotes");
    }

    @Test
    void aOneWordTurnOfADialogueIsStillAQuote() {
        String text = "La présidente l'interroge. « Vous saviez ce qu'ils faisaient aux prisonniers ?\n\n– Oui. »\n";
        List<Quote> quotes = TestPipelines.analyze(text, "fr").get(Layers.MARKED_QUOTES);
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("Vous saviez ce qu'ils faisaient aux prisonniers ?", "Oui.");
        assertThat(quotes).extracting(Quote::partial).containsOnly(false);
    }

    @Test
    void theSentenceOfMarksLookedForFromTheLastOnesIsTheOneASearchFinds() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 200; round++) {
            java.util.List<org.retour.model.Sentence> list = new java.util.ArrayList<>();
            int at = random.nextInt(3);
            for (int i = random.nextInt(30); i > 0; i--) {
                int end = at + 1 + random.nextInt(9);
                list.add(new org.retour.model.Sentence(new org.retour.model.Span(at, end), "fr"));
                at = end + random.nextInt(3);
            }
            int from = -1;
            for (int k = 0; k < 40; k++) {
                // mostly forward, sometimes back, as nested and reordered marks may go
                int offset = random.nextInt(10) == 0 ? random.nextInt(at + 3) : Math.min(at + 2, k * (at + 3) / 40);
                int found = QuoteStage.sentenceIndex(list, offset, from);
                assertThat(found).isEqualTo(org.retour.model.Sentence.indexStartingBefore(list, offset));
                from = found;
            }
        }
    }
}
