package org.retour.entity;

import java.util.Objects;
import java.util.Set;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;

/** Provides the places (PLACE entities with their ISO 3166 country) of a document, outside organisation names. */
public final class PlaceStage implements Stage {

    private final EntityRecognizer recognizer;

    public PlaceStage(EntityRecognizer recognizer) {
        this.recognizer = Objects.requireNonNull(recognizer);
    }

    /** The stage with the bundled gazetteer. */
    public static PlaceStage bundled() {
        return new PlaceStage(new GazetteerPlaceRecognizer(PlaceGazetteer.bundled()));
    }

    @Override
    public String name() {
        return "places";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.TOKENS, Layers.ORGANIZATIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.PLACES);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        TokenView v = TokenView.of(analysis);
        return analysis.with(Layers.PLACES, recognizer.recognize(analysis, v));
    }
}
