package org.retour.pipeline;

import java.util.Objects;

/**
 * A typed key for one layer of an {@link Analysis}: sentences, tokens, quotes…
 *
 * <p>Layers compare by identity: each is a constant in {@link Layers} (or in a later module).
 *
 * @param <T> the type of the layer's value
 */
public final class Layer<T> {

    private final String name;
    private final Class<?> rawType;
    private final Layer<?> from;

    private Layer(String name, Class<?> rawType, Layer<?> from) {
        this.name = Objects.requireNonNull(name);
        this.rawType = Objects.requireNonNull(rawType);
        this.from = from;
    }

    /** A new layer whose value is of {@code type}. */
    public static <T> Layer<T> of(String name, Class<T> type) {
        return new Layer<>(name, type, null);
    }

    /**
     * A new layer whose value of {@code type} is worked out from the value of {@code from} (a faster
     * form of it): {@link Analysis#without} drops it together with {@code from}.
     */
    public static <T> Layer<T> derivedFrom(Layer<?> from, String name, Class<T> type) {
        return new Layer<>(name, type, Objects.requireNonNull(from));
    }

    /** The layer this one is worked out from, or null for a layer of its own. */
    public Layer<?> from() {
        return from;
    }

    /** A new layer whose value is a list (the element type is documentation only). */
    @SuppressWarnings("unchecked")
    public static <E> Layer<java.util.List<E>> listOf(String name, Class<E> elementType) {
        return (Layer<java.util.List<E>>) (Layer<?>) new Layer<>(name, java.util.List.class, null);
    }

    /** The layer's name, as error messages and JSON show it. */
    public String name() {
        return name;
    }

    /** Checks that {@code value} fits this layer and returns it typed. */
    @SuppressWarnings("unchecked")
    T cast(Object value) {
        if (!rawType.isInstance(value)) {
            throw new ClassCastException("layer " + name + " holds " + rawType.getSimpleName()
                    + ", not " + value.getClass().getSimpleName());
        }
        return (T) value;
    }

    @Override
    public String toString() {
        return name;
    }
}
