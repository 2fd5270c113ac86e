package org.retour.speaker;

import java.util.List;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;
import org.retour.quote.TestPipelines;

class SpeakerStageTest extends StageContractTest {

    @Override
    protected Stage stage() {
        return TestPipelines.stage("speakers");
    }

    @Override
    protected List<Stage> prerequisites() {
        return TestPipelines.before("speakers");
    }
}
