package org.retour.eval;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.retour.model.EntityType;

/**
 * Entity scores over a set of articles annotated with entities.
 *
 * @param documents articles scored
 * @param types     precision, recall and F1 per entity type (every type present)
 * @param country   country accuracy on matched entities whose gold country is given
 */
public record EntityScores(int documents, Map<EntityType, Prf> types, Ratio country) {

    /** No article. */
    public static final EntityScores EMPTY = new EntityScores(0, Map.of(), Ratio.ZERO);

    public EntityScores {
        EnumMap<EntityType, Prf> m = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            m.put(t, types.getOrDefault(t, Prf.ZERO));
        }
        types = Collections.unmodifiableMap(m);
    }

    /** All types together. */
    @com.fasterxml.jackson.annotation.JsonProperty
    public Prf all() {
        return types.values().stream().reduce(Prf.ZERO, Prf::plus);
    }

    /** The scores of both sets of articles together. */
    public EntityScores plus(EntityScores o) {
        EnumMap<EntityType, Prf> m = new EnumMap<>(EntityType.class);
        for (EntityType t : EntityType.values()) {
            m.put(t, types.get(t).plus(o.types.get(t)));
        }
        return new EntityScores(documents + o.documents, m, country.plus(o.country));
    }
}
