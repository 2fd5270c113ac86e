package org.retour.person;

import java.util.List;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;
import org.retour.quote.TestPipelines;

class PersonStageTest extends StageContractTest {

    @Override
    protected Stage stage() {
        return TestPipelines.stage("persons");
    }

    @Override
    protected List<Stage> prerequisites() {
        return TestPipelines.before("persons");
    }
}
