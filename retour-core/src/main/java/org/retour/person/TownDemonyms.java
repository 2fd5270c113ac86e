package org.retour.person;

import java.util.List;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.quote.SpeechWords;

/**
 * Whether an English demonym of a town or region ("Londoner", "Glaswegian", "Texan") stands before a noun it
 * qualifies ("a Glaswegian accent", "a Texan oil firm") rather than heading a description of a person ("the Londoner
 * said", "a Mancunian in his thirties", "the Texan, who …"): English writes such words as adjectives before their
 * noun, where French writes them after it.
 *
 * <p>Stateless and thread-safe.
 */
final class TownDemonyms {

    private TownDemonyms() {
    }

    /**
     * Whether the demonym at token {@code k} of an English text is followed on its line by a word in lower case
     * that is no verb of speech, preposition, determiner, conjunction, relative pronoun nor stop word: a noun it
     * qualifies, or a verb this reading cannot tell from one, so no description.
     */
    static boolean beforeNoun(String text, List<Token> tokens, TokenEntries e, int k, String lang, SpeechWords speech) {
        if (!"en".equals(lang) || k + 1 >= tokens.size() || !e.isWord(k + 1) || e.capitalised(k + 1)
                || !Tokens.adjacent(text, tokens.get(k), tokens.get(k + 1))) {
            return false;
        }
        return !e.isAny(k + 1, Kind.PREP, Kind.DET, Kind.CONJ) && !e.isAny(k + 1, Kind.REL, Kind.STOP, Kind.INDEF)
                && !speech.isSpeechWord(e.lower(k + 1), lang);
    }
}
