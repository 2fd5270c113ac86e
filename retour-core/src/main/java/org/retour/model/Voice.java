package org.retour.model;

import java.util.Locale;

/** Whose voice a speaker is, which statistics count narratives by. */
public enum Voice {
    DEFECTOR, RETURNEE, OFFICIAL, RESEARCHER, JOURNALIST, RELATIVE, RECRUITER, ORGANISATION, OTHER, UNKNOWN;

    /** The lower-case name, made once: quotes, codings and statistics ask for it again and again. */
    private final String label = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in JSON, gold files and on the command line. */
    public String label() {
        return label;
    }

    /** The voice with this label (case-insensitive); throws with the list of labels otherwise. */
    public static Voice fromLabel(String label) {
        for (Voice v : values()) {
            if (v.label().equalsIgnoreCase(label.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown voice '" + label + "'; expected one of "
                + java.util.Arrays.stream(values()).map(Voice::label).toList());
    }
}
