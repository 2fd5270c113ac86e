package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.retour.model.Token;
import org.retour.resource.ResourceLines;

/**
 * The notes a writer sets right after a pseudonym ({@code pseudonym-notes.txt}: « Ilyes – le prénom a été changé –
 * », "Amina (not her real name)", „Sami (Name geändert)“), which make the capitalised word before them a
 * person's name though no lexicon lists it: returnees are often named so.
 *
 * <p>Immutable and thread-safe.
 */
final class PseudonymNotes {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/pseudonym-notes.txt";
    private static final PseudonymNotes BUNDLED = new PseudonymNotes(ResourceLines.classpath(RESOURCE));

    /** How many characters of punctuation and space may stand between the name and its note. */
    static final int GAP = 4;

    private final Map<String, Set<String>> notes;

    PseudonymNotes(List<String> lines) {
        this.notes = ResourceLines.byLanguage(lines, true);
    }

    /** The bundled notes. */
    static PseudonymNotes bundled() {
        return BUNDLED;
    }

    /**
     * Whether the run {@code [start, j)}, one or two capitalised words, none an organisation's or place's, is
     * followed by a bracket, a dash or a comma and a note of {@code lang}.
     */
    boolean noted(List<Token> tokens, NameWords wd, int start, int j, boolean[] other, String lang) {
        Set<String> of = notes.get(lang);
        if (of == null || j - start > 2 || other[start] || other[j - 1] || j >= tokens.size()) {
            return false;
        }
        String text = wd.text;
        int at = tokens.get(j - 1).span().end();
        int k = at;
        boolean mark = false;
        while (k < text.length() && k - at <= GAP && "([–—-,  ".indexOf(text.charAt(k)) >= 0) {
            mark |= "([–—-,".indexOf(text.charAt(k)) >= 0;
            k++;
        }
        if (!mark || k - at > GAP || !NameEvidence.unlistedGivenName(wd, start)) {
            return false; // no bracket, dash or comma before the note ("Their names have been changed"), or a word of the lexicon
        }
        for (String note : of) {
            if (k + note.length() <= text.length() && NamingPhrases.loweredAt(text, k, note)
                    && (k + note.length() == text.length() || !Character.isLetter(text.charAt(k + note.length())))) {
                return true;
            }
        }
        return false;
    }
}
