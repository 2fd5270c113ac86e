package org.retour.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.retour.model.Document;

/**
 * An ordered list of stages whose requirements were checked when it was built.
 *
 * <p>Thread-safe: stages are, and the pipeline holds nothing else.
 */
public final class Pipeline {

    private final List<Stage> stages;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
    }

    /** A builder that checks each stage's requirements as it is added. */
    public static Builder builder() {
        return new Builder();
    }

    /** The stages in order. */
    public List<Stage> stages() {
        return stages;
    }

    /** The layers the whole pipeline provides. */
    public Set<Layer<?>> provides() {
        Set<Layer<?>> out = new HashSet<>();
        stages.forEach(s -> out.addAll(s.provides()));
        return out;
    }

    /** Analyses one document. */
    public Analysis analyze(Document document) {
        return apply(Analysis.of(document));
    }

    /** Runs every stage on {@code analysis}. */
    public Analysis apply(Analysis analysis) {
        Analysis a = analysis;
        for (Stage stage : stages) {
            a = stage.apply(a);
        }
        return a;
    }

    /** Builds a {@link Pipeline}, failing on the first stage whose requirements are unmet. */
    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Layer<?>> available = new HashSet<>();

        private Builder() {
        }

        /** Adds a stage; throws {@link PipelineException} naming the stage and the missing layer. */
        public Builder add(Stage stage) {
            for (Layer<?> required : stage.requires()) {
                if (!available.contains(required)) {
                    throw new PipelineException("stage '" + stage.name() + "' requires layer '" + required.name()
                            + "', which no earlier stage provides"
                            + (available.isEmpty() ? "" : " (available: " + names(available) + ")"));
                }
            }
            stages.add(stage);
            available.addAll(stage.provides());
            return this;
        }

        /** The checked pipeline. */
        public Pipeline build() {
            return new Pipeline(stages);
        }

        private static List<String> names(Set<Layer<?>> layers) {
            return layers.stream().map(Layer::name).sorted().toList();
        }
    }
}
