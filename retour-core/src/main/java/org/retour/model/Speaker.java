package org.retour.model;

import java.util.Objects;

/**
 * Who said a quote.
 *
 * @param entity      the PERSON entity's id, or null when the speaker is unnamed
 * @param name        the speaker's name, or null when unnamed
 * @param description the words describing an unnamed speaker ("un ancien combattant"), or null
 * @param role        the speaker's role as the text gives it, or null
 * @param voice       whose voice this is
 */
public record Speaker(String entity, String name, String description, String role, Voice voice) {

    public Speaker {
        Objects.requireNonNull(voice, "voice");
    }
}
