package org.retour.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The nouns that say only that someone is a person of a sex (« l'homme », « la femme », "the man"), from
 * {@code org/retour/person/generic-nouns.txt}: news names an unnamed person first by what they are (« Le
 * détenu entre ») and then, once named, by such a noun (« L'homme qui parle s'appelle Youssef »), which
 * takes up the person just described.
 *
 * <p>Immutable and thread-safe.
 */
final class GenericNouns {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/generic-nouns.txt";
    private static final GenericNouns BUNDLED = new GenericNouns(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> nouns;

    /** Nouns from lines {@code "lang noun"}. */
    GenericNouns(List<String> lines) {
        this.nouns = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled nouns. */
    static GenericNouns bundled() {
        return BUNDLED;
    }

    /**
     * The referents with each unnamed definite description joined to the person of the next referent of its
     * paragraph when that one is a description headed by a generic noun that a name is tied to, of a
     * compatible gender.
     */
    List<Referent> joined(String text, List<Referent> refs, String lang) {
        Set<String> generic = nouns.get(lang);
        if (generic == null) {
            return refs;
        }
        List<Referent> out = null;
        for (int i = 0; i + 1 < refs.size(); i++) {
            Referent r = refs.get(i);
            Referent next = refs.get(i + 1);
            if (r.person() != null || r.description() == null || !r.description().definite()
                    || next.person() == null || next.description() == null
                    || !generic.contains(DescriptionNames.lastWord(next.description().role()))
                    || !next.gender().compatible(r.gender())
                    || text.indexOf('\n', r.span().end(), next.span().start()) >= 0) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(refs);
            }
            out.set(i, new Referent(r.span(), next.person(), r.description(), next.gender()));
        }
        return out == null ? refs : out;
    }
}
