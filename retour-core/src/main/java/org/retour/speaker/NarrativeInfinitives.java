package org.retour.speaker;

import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.person.PersonLexicon;
import org.retour.person.Pronoun;
import org.retour.person.PronounLinker;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The French narrative infinitive with a stressed pronoun for its subject (« Et lui de répondre : « … » », « Et elle
 * d'ajouter »): the pronoun, not the last speaker, speaks; it often turns the floor over to the other party of an
 * exchange. Its infinitives are those {@code cues.txt} lists as verbs and those of {@code narrative-infinitives.txt}.
 * Immutable and thread-safe.
 */
final class NarrativeInfinitives {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/narrative-infinitives.txt";

    private static final NarrativeInfinitives BUNDLED = new NarrativeInfinitives(
            ResourceLines.wordsByLanguage(ResourceLines.classpath(RESOURCE)), PersonLexicon.bundled());

    private final Map<String, Set<String>> infinitives;
    private final PersonLexicon lexicon;

    NarrativeInfinitives(Map<String, Set<String>> infinitives, PersonLexicon lexicon) {
        this.infinitives = Map.copyOf(infinitives);
        this.lexicon = lexicon;
    }

    /** The bundled infinitives. */
    static NarrativeInfinitives bundled() {
        return BUNDLED;
    }

    /** Whether token {@code k} is an infinitive of {@code narrative-infinitives.txt} after « et lui de ». */
    boolean listedAt(SpeakerDocument d, int k) {
        Set<String> words = infinitives.get(d.lang);
        return words != null && words.contains(d.lower(k).replace('’', '\'')) && subject(d, k, 0) != null;
    }

    /**
     * The stressed pronoun that is the subject of the infinitive of speech at token {@code k} in « Et lui de
     * répondre », « et elles d'ajouter » (at or after token {@code from}), or null.
     */
    PronounLinker.Found subject(SpeakerDocument d, int k, int from) {
        if (k - 3 < from || !Tokens.isWord(d.tokens.get(k - 1)) || !Tokens.isWord(d.tokens.get(k - 2))) {
            return null;
        }
        String de = d.lower(k - 1).replace('’', '\'');
        if (!de.equals("de") && !de.equals("d'") || !"et".equals(d.lower(k - 3))) {
            return null;
        }
        Token stressed = d.tokens.get(k - 2);
        Pronoun p = lexicon.stressed(d.lower(k - 2), d.lang);
        return p == null ? null : new PronounLinker.Found(stressed.span(), p);
    }
}
