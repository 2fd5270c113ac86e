package org.retour.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.retour.entity.Fold;
import org.retour.entity.NameShapes;
import org.retour.model.Entity;

/**
 * The persons whose name is a capitalised run that names an institution: a word after its first is a word that
 * makes a capitalised name an organisation ("George Washington University's Program", "Jean Moulin Institute"),
 * from the organisation words of {@link NameShapes}. Such a run starts with a given name but names no one.
 *
 * <p>Immutable and thread-safe.
 */
final class InstitutionRuns {

    private final Set<String> organisationWords;

    InstitutionRuns(NameShapes shapes) {
        this.organisationWords = shapes.organisationWords();
    }

    /** The persons less those whose canonical name holds a capitalised organisation word. */
    List<Entity> persons(List<Entity> persons) {
        List<Entity> out = null;
        for (int i = 0; i < persons.size(); i++) {
            Entity e = persons.get(i);
            if (institution(e.canonical())) {
                if (out == null) {
                    out = new ArrayList<>(persons.subList(0, i));
                }
            } else if (out != null) {
                out.add(e);
            }
        }
        return out == null ? persons : out;
    }

    /** Whether a word of {@code name} after its first is capitalised and an organisation word ("University's"). */
    boolean institution(String name) {
        if (name == null) {
            return false;
        }
        String[] words = name.split(" ");
        for (int i = 1; i < words.length; i++) {
            String w = words[i].endsWith("'s") || words[i].endsWith("’s") ? words[i].substring(0, words[i].length() - 2)
                    : words[i];
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && organisationWords.contains(Fold.key(w))) {
                return true;
            }
        }
        return false;
    }
}
