package org.retour.speaker;

import java.util.Objects;
import java.util.Set;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;

/**
 * Refines the quotes layer with who said each quote: its speaker (a person, or an unnamed person with a
 * description), the cue that says so, and the speaker's role and voice.
 */
public final class SpeakerStage implements Stage {

    private final SpeakerResolver resolver;

    public SpeakerStage(SpeakerResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver);
    }

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.SENTENCES, Layers.TOKENS, Layers.MARKED_QUOTES, Layers.PERSONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.QUOTES);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        return analysis.with(Layers.QUOTES, resolver.resolve(analysis));
    }
}
