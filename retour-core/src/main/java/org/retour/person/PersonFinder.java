package org.retour.person;

import java.util.List;
import org.retour.model.Entity;
import org.retour.model.Token;

/** A finder of the people a text names: PERSON entities with their name mentions and roles. */
public interface PersonFinder {

    /** The people named in {@code text}, ids {@code P1, P2…} in order of first mention. */
    List<Entity> find(String text, List<Token> tokens, String language);
}
