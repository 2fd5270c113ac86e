package org.retour.entity;

import java.util.Objects;
import java.util.Set;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;

/** Provides the organisations (ORGANIZATION entities with aliases and mentions) of a document. */
public final class OrganizationStage implements Stage {

    private final EntityRecognizer recognizer;

    public OrganizationStage(EntityRecognizer recognizer) {
        this.recognizer = Objects.requireNonNull(recognizer);
    }

    /** The stage with the bundled resources and {@code aliases}. */
    public static OrganizationStage bundled(AliasTable aliases) {
        return new OrganizationStage(AliasShapeOrganizationRecognizer.bundled(aliases));
    }

    @Override
    public String name() {
        return "organizations";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.ORGANIZATIONS);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        TokenView v = TokenView.of(analysis);
        return analysis.with(Layers.ORGANIZATIONS, recognizer.recognize(analysis, v));
    }
}
