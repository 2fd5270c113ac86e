package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.quote.SpeechWords;
import org.retour.resource.ResourceLines;

/**
 * Whether an English demonym ("Turkish", "Syrian", "Londoner", "Texan") stands before a noun it qualifies ("a Turkish
 * number", "a Syrian passport", "a Glaswegian accent") rather than heading a description of a person ("the Londoner
 * said", "a Belgian in his forties", "an Iraqi who …", "a Dane convicted of …"): English writes such words as
 * adjectives before their noun, where French writes them after it. The words of {@code
 * org/retour/person/demonym-nouns.txt} leave the demonym a person's ("a Dutch national").
 *
 * <p>Immutable and thread-safe.
 */
final class DemonymAdjectives {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/demonym-nouns.txt";
    private static final DemonymAdjectives BUNDLED = new DemonymAdjectives(ResourceLines.classpath(RESOURCE));

    /** Per language, the words after a demonym that leave it a person's. */
    private final Map<String, Set<String>> personal;

    /** Words from lines {@code "lang word"}. */
    DemonymAdjectives(List<String> lines) {
        this.personal = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled nouns. */
    static DemonymAdjectives bundled() {
        return BUNDLED;
    }

    /**
     * Whether the demonym at token {@code k} of an English text is followed by a word in lower case that is no
     * verb of speech, participle (-ed, -ing), preposition, determiner, conjunction, relative pronoun, stop word nor
     * word of the data file ("national", "known"): a noun it qualifies, or a verb this reading cannot tell from one, so no
     * description.
     */
    boolean beforeNoun(String text, List<Token> tokens, TokenEntries e, int k, String lang, SpeechWords speech) {
        if (!"en".equals(lang) || k + 1 >= tokens.size() || !e.isWord(k + 1) || e.capitalised(k + 1)
                || !Tokens.adjacent(text, tokens.get(k), tokens.get(k + 1))) {
            return false;
        }
        String w = e.lower(k + 1);
        return w != null && !w.endsWith("ed") && !personal.getOrDefault(lang, Set.of()).contains(w) && !w.endsWith("ing")
                && !e.isAny(k + 1, Kind.PREP, Kind.DET, Kind.CONJ) && !e.isAny(k + 1, Kind.REL, Kind.STOP, Kind.INDEF)
                && !speech.isSpeechWord(w, lang);
    }
}
