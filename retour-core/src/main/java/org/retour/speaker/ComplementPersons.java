package org.retour.speaker;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The person of a description's complement (« le père de l'accusé », « l'avocat de Karim », "the mother of the
 * accused"): the description stands for someone else, so a definite description is never read as that person. The
 * prepositions come from {@code noun-complements.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class ComplementPersons {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/noun-complements.txt";
    /** How many tokens may stand between the preposition and the person's mention (an elided article). */
    private static final int ARTICLE_TOKENS = 1;
    /** How many characters after the preposition the person's mention is looked for: a bounded window. */
    private static final int REACH = 60;

    private static final ComplementPersons BUNDLED = new ComplementPersons(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> byLanguage;

    ComplementPersons(List<String> lines) {
        this.byLanguage = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled prepositions. */
    static ComplementPersons bundled() {
        return BUNDLED;
    }

    /**
     * The person named or definitely described as the complement right after description {@code r}, or null: an
     * indefinite complement (« l'ancienne épouse d'un combattant ») tells of no one the text has in view.
     */
    Referent of(SpeakerDocument d, Referent r) {
        Set<String> prepositions = byLanguage.get(d.lang);
        if (prepositions == null || r == null || r.description() == null) {
            return null;
        }
        int k = d.tokenAt(r.span().end());
        if (k >= d.tokens.size() || !prepositions.contains(d.lower(k))
                || !QuoteOffsets.blank(d.text, r.span().end(), d.tokens.get(k).span().start())) {
            return null;
        }
        int from = d.tokens.get(k).span().end();
        List<Referent> after = d.referents.within(from, Math.min(d.text.length(), from + REACH));
        if (after.isEmpty() || d.tokenAt(after.get(0).span().start()) > k + 1 + ARTICLE_TOKENS) {
            return null;
        }
        Referent of = after.get(0);
        return of.person() != null || of.description().definite() ? of : null; // not "l'épouse d'un combattant"
    }
}
