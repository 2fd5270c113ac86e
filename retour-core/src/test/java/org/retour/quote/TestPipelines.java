package org.retour.quote;

import java.util.List;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.model.Document;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Pipeline;
import org.retour.pipeline.Stage;

/** The standard pipeline, built once for the tests of quotes, people and speakers. */
public final class TestPipelines {

    private static final Pipeline STANDARD = StandardPipeline.create(AnalyzerConfig.DEFAULT);

    private TestPipelines() {
    }

    /** The standard stages up to, not including, the stage named {@code name}. */
    public static List<Stage> before(String name) {
        List<Stage> stages = STANDARD.stages();
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(name)) {
                return stages.subList(0, i);
            }
        }
        throw new IllegalArgumentException("no stage " + name);
    }

    /** The standard stage named {@code name}. */
    public static Stage stage(String name) {
        return STANDARD.stages().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** The full analysis of {@code text} in the declared language. */
    public static Analysis analyze(String text, String lang) {
        return STANDARD.analyze(Document.of(text).withLanguage(lang));
    }
}
