package org.retour.pipeline;

import java.util.Arrays;
import java.util.List;
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

    private static final Layer<?>[] NO_LAYERS = new Layer<?>[0];
    private static final Object[] NO_VALUES = new Object[0];

    private final Document document;
    /**
     * The layers present and their values, at the same index. Design decision: an analysis has a dozen
     * layers and gains one per stage, so two small arrays copied on each {@link #with} and searched by
     * identity cost less than a hash map copied at every stage.
     */
    private final Layer<?>[] keys;
    private final Object[] values;

    private Analysis(Document document, Layer<?>[] keys, Object[] values) {
        this.document = Objects.requireNonNull(document, "document");
        this.keys = keys;
        this.values = values;
    }

    /** An analysis with no layer yet. */
    public static Analysis of(Document document) {
        return new Analysis(document, NO_LAYERS, NO_VALUES);
    }

    /** The analysed document. */
    public Document document() {
        return document;
    }

    /** The document's text, which every span points into. */
    public String text() {
        return document.text();
    }

    private int indexOf(Layer<?> layer) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] == layer) {
                return i;
            }
        }
        return -1;
    }

    /** The value of {@code layer}; throws when no stage has provided it. */
    public <T> T get(Layer<T> layer) {
        int i = indexOf(layer);
        if (i < 0) {
            throw new IllegalStateException("layer '" + layer.name() + "' is missing from the analysis");
        }
        return layer.cast(values[i]);
    }

    /** The value of {@code layer} if some stage has provided it. */
    public <T> Optional<T> find(Layer<T> layer) {
        int i = indexOf(layer);
        return i < 0 ? Optional.empty() : Optional.of(layer.cast(values[i]));
    }

    /** The elements of a list layer, or an empty list when absent. */
    public <E> List<E> list(Layer<List<E>> layer) {
        int i = indexOf(layer);
        return i < 0 ? List.of() : layer.cast(values[i]);
    }

    /** Whether {@code layer} is present. */
    public boolean has(Layer<?> layer) {
        return indexOf(layer) >= 0;
    }

    /** The layers present. */
    public Set<Layer<?>> layers() {
        return Set.of(keys);
    }

    /**
     * A new analysis with {@code layer} set to {@code value} (replacing any earlier value). A list is
     * stored as an unmodifiable copy, or as it is when it is a {@link FrozenList}, unmodifiable already.
     */
    public <T> Analysis with(Layer<T> layer, T value) {
        Objects.requireNonNull(value, "value of " + layer.name());
        Object stored = value instanceof FrozenList<?> ? value : value instanceof List<?> l ? List.copyOf(l) : value;
        layer.cast(stored);
        int i = indexOf(layer);
        if (i >= 0) {
            Object[] v = values.clone();
            v[i] = stored;
            return new Analysis(document, keys, v);
        }
        Layer<?>[] k = Arrays.copyOf(keys, keys.length + 1);
        Object[] v = Arrays.copyOf(values, values.length + 1);
        k[keys.length] = layer;
        v[values.length] = stored;
        return new Analysis(document, k, v);
    }

    /**
     * A new analysis without {@code layer} and the layers worked out from it ({@link Layer#derivedFrom}),
     * or this one when it has no such layer: what a consumer that holds many analyses keeps once a
     * working layer (the tokens) is of no more use to it.
     */
    public Analysis without(Layer<?> layer) {
        if (indexOf(layer) < 0) {
            return this;
        }
        Layer<?>[] k = new Layer<?>[keys.length];
        Object[] v = new Object[keys.length];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != layer && keys[i].from() != layer) {
                k[n] = keys[i];
                v[n++] = values[i];
            }
        }
        return new Analysis(document, Arrays.copyOf(k, n), Arrays.copyOf(v, n));
    }

    /** A new analysis of a document that replaces this one's (the same text), keeping the layers. */
    public Analysis withDocument(Document replacement) {
        if (!replacement.text().equals(document.text())) {
            throw new IllegalArgumentException("a document's text cannot change during analysis");
        }
        return new Analysis(replacement, keys, values);
    }
}
