package org.retour.entity;

import java.util.concurrent.ConcurrentHashMap;
import org.retour.model.Mention;

/**
 * The kind of a mention of a listed entity: its {@link Mention.Kind#NAME} when the mention's lookup key is that of
 * the entity's canonical name, else an {@link Mention.Kind#ALIAS}.
 *
 * <p>Design decision: a canonical name comes back at every mention of its entity, so its key is folded once and
 * kept; the keys kept are at most one per canonical name of the table a recognizer reads.
 *
 * <p>Thread-safe.
 */
final class CanonicalKinds {

    private final ConcurrentHashMap<String, String> keys = new ConcurrentHashMap<>();

    /** The kind of a mention whose lookup key ({@link Fold#key}) is {@code key}, of the entity named {@code canonical}. */
    Mention.Kind of(String key, String canonical) {
        return key.equals(keys.computeIfAbsent(canonical, Fold::key)) ? Mention.Kind.NAME : Mention.Kind.ALIAS;
    }
}
