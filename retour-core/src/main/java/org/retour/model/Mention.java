package org.retour.model;

/** One place where the text refers to an entity, and how it does so. */
public record Mention(Span span, String text, Kind kind) {

    /** How a mention refers to its entity. */
    public enum Kind {
        /** The full name or a part of it (a surname alone). */
        NAME,
        /** Another name of the same thing (Daech for the Islamic State, an acronym). */
        ALIAS,
        /** A pronoun linked to the entity. */
        PRONOUN,
        /** A description ("un ancien combattant", "the minister"). */
        DESCRIPTION
    }
}
