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
        // the words after the first, between single spaces, read in place: only a capitalised one is cut out
        for (int from = name.indexOf(' ') + 1; from > 0; ) {
            int space = name.indexOf(' ', from);
            int end = space < 0 ? name.length() : space;
            int wordEnd = end - from >= 2 && name.charAt(end - 1) == 's'
                    && (name.charAt(end - 2) == '\'' || name.charAt(end - 2) == '’') ? end - 2 : end;
            if (wordEnd > from && Character.isUpperCase(name.charAt(from))
                    && organisationWords.contains(Fold.key(name.substring(from, wordEnd)))) {
                return true;
            }
            from = space + 1;
        }
        return false;
    }
}
