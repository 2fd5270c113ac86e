package org.retour.model;

import java.util.List;

/**
 * A person, organisation or place, with every mention of it in the document.
 *
 * @param id        unique within the analysis ({@code P1}, {@code O3}, {@code L2})
 * @param type      what it is
 * @param canonical its canonical name
 * @param aliases   other names it goes by
 * @param role      the role the text gives it (for a person), or null
 * @param country   an ISO 3166-1 alpha-2 code: a place's own, or a person's from a demonym; or null
 * @param mentions  its mentions, ordered by position
 */
public record Entity(String id, EntityType type, String canonical, List<String> aliases, String role,
                     String country, List<Mention> mentions) {

    public Entity {
        aliases = List.copyOf(aliases);
        mentions = List.copyOf(mentions);
    }

    /**
     * The hash of the id, type and canonical name only: equal entities still hash alike, and a set of
     * entities no longer walks every mention of one each time it is asked about it.
     */
    @Override
    public int hashCode() {
        return (31 * java.util.Objects.hashCode(id) + java.util.Objects.hashCode(type)) * 31
                + java.util.Objects.hashCode(canonical);
    }
}
