package org.retour.person;

/** The grammatical gender a name, title, noun or pronoun shows, when it shows one. */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    /** Whether a referent of this gender may be referred to by a word of {@code other}. */
    public boolean compatible(Gender other) {
        return this == UNKNOWN || other == UNKNOWN || this == other;
    }

    /** The gender written {@code m}, {@code f} or {@code x} (either) in the data files. */
    public static Gender fromCode(String code) {
        return switch (code) {
            case "m" -> MALE;
            case "f" -> FEMALE;
            case "x" -> UNKNOWN;
            default -> throw new IllegalArgumentException("unknown gender '" + code + "'; expected m, f or x");
        };
    }

    /** The first gender that is known, or UNKNOWN. */
    public Gender or(Gender other) {
        return this == UNKNOWN ? other : this;
    }
}
