package org.retour.pipeline;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.retour.model.Document;

/**
 * A document and the layers the pipeline has added to it so far.
 *
 * <p>Immutable: {@link #with} returns a new analysis. Thread-safe.
 */
public final class Analysis {

    private final Document document;
    private final Map<Layer<?>, Object> layers;

    private Analysis(Document document, Map<Layer<?>, Object> layers) {
        this.document = Objects.requireNonNull(document, "document");
        this.layers = layers;
    }

    /** An analysis with no layer yet. */
    public static Analysis of(Document document) {
        return new Analysis(document, Map.of());
    }

    /** The analysed document. */
    public Document document() {
        return document;
    }

    /** The document's text, which every span points into. */
    public String text() {
        return document.text();
    }

    /** The value of {@code layer}; throws when no stage has provided it. */
    public <T> T get(Layer<T> layer) {
        Object v = layers.get(layer);
        if (v == null) {
            throw new IllegalStateException("layer '" + layer.name() + "' is missing from the analysis");
        }
        return layer.cast(v);
    }

    /** The value of {@code layer} if some stage has provided it. */
    public <T> Optional<T> find(Layer<T> layer) {
        Object v = layers.get(layer);
        return v == null ? Optional.empty() : Optional.of(layer.cast(v));
    }

    /** The elements of a list layer, or an empty list when absent. */
    public <E> List<E> list(Layer<List<E>> layer) {
        return find(layer).orElse(List.of());
    }

    /** Whether {@code layer} is present. */
    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    /** The layers present. */
    public Set<Layer<?>> layers() {
        return Collections.unmodifiableSet(layers.keySet());
    }

    /** A new analysis with {@code layer} set to {@code value} (replacing any earlier value). */
    public <T> Analysis with(Layer<T> layer, T value) {
        Objects.requireNonNull(value, "value of " + layer.name());
        Object stored = value instanceof List<?> l ? List.copyOf(l) : value;
        layer.cast(stored);
        Map<Layer<?>, Object> copy = new IdentityHashMap<>(layers);
        copy.put(layer, stored);
        return new Analysis(document, Collections.unmodifiableMap(copy));
    }

    /**
     * A new analysis without {@code layer} and the layers worked out from it ({@link Layer#derivedFrom}),
     * or this one when it has no such layer: what a consumer that holds many analyses keeps once a
     * working layer (the tokens) is of no more use to it.
     */
    public Analysis without(Layer<?> layer) {
        if (!layers.containsKey(layer)) {
            return this;
        }
        Map<Layer<?>, Object> copy = new IdentityHashMap<>(layers);
        copy.remove(layer);
        copy.keySet().removeIf(l -> l.from() == layer);
        return new Analysis(document, Collections.unmodifiableMap(copy));
    }

    /** A new analysis of a document that replaces this one's (the same text), keeping the layers. */
    public Analysis withDocument(Document replacement) {
        if (!replacement.text().equals(document.text())) {
            throw new IllegalArgumentException("a document's text cannot change during analysis");
        }
        return new Analysis(replacement, layers);
    }
}
