package org.retour.person;

/** A personal pronoun: its gender and whether it is plural. */
public record Pronoun(Gender gender, boolean plural) {
}
