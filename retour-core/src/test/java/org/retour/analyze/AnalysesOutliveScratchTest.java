package org.retour.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.json.AnalysisJson;
import org.retour.model.Document;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Pipeline;
import org.retour.sample.SyntheticCorpus;

/**
 * Analyses stay as they were made while the same thread analyses other documents: the arrays that stages keep
 * per thread and lend to one document at a time must not be reachable from a finished analysis.
 */
class AnalysesOutliveScratchTest {

    @Test
    void anAnalysisReadsTheSameAfterLaterDocumentsReusedTheThreadsScratchArrays() {
        Pipeline pipeline = StandardPipeline.create(AnalyzerConfig.DEFAULT);
        List<Document> docs = new ArrayList<>(SyntheticCorpus.standard().articles(7, 40));
        docs.add(new Document("mixed", "« Je suis rentré », a dit Karim, 24 ans. قال أحمد: «لقد عدت» 😀. "
                + "“I came home,” said the former fighter.", null, null, null));
        List<String> atOnce = new ArrayList<>();
        List<Analysis> kept = new ArrayList<>();
        for (Document d : docs) {
            Analysis a = pipeline.analyze(d);
            kept.add(a);
            atOnce.add(AnalysisJson.toJson(a, false).toString());
        }
        for (int i = 0; i < kept.size(); i++) {
            assertThat(AnalysisJson.toJson(kept.get(i), false).toString()).as(docs.get(i).id()).isEqualTo(atOnce.get(i));
        }
        assertThat(atOnce.getFirst()).contains("\"quotes\"");
    }
}
