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
}
