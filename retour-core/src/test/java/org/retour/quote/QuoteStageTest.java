package org.retour.quote;

import java.util.List;
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
}
