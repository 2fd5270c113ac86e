package org.retour.coding;

import java.util.Objects;
import java.util.Set;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;

/**
 * Provides narrative codings: runs a {@link Coder} on the sentences and, when present, the quotes and
 * their speakers.
 */
public final class CodingStage implements Stage {

    private final Coder coder;

    public CodingStage(Coder coder) {
        this.coder = Objects.requireNonNull(coder);
    }

    @Override
    public String name() {
        return "coding";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.SENTENCES, Layers.QUOTES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.CODINGS);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.with(Layers.CODINGS, coder.code(analysis));
    }
}
