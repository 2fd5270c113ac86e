package org.retour.person;

import java.util.List;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;

/**
 * A noun phrase after the name that a preposition opening the sentence frames, with a comma between them:
 * the subject of the sentence's own clause, another person, when it opens with a determiner and no comma
 * closes it (« Pour Alain Martin, son fils « n'a rien fait » », « Selon Nadia, la juge a tranché », "For Amina
 * Yusuf, her brother was never a fighter"), not an apposition that gives the name a role (« Selon Hélène
 * Garnier, la coordinatrice du centre, … »).
 */
final class FramedSubjects {

    private FramedSubjects() {
    }

    /**
     * Whether the role {@code role}, found after the name made of tokens {@code [a, b)} and the comma at
     * {@code b}, is the subject of the clause that the name's opening preposition frames.
     */
    static boolean subjectAfterFrame(String text, List<Token> tokens, TokenEntries e, int a, int b, Span role) {
        int n = tokens.size();
        if (b + 1 >= n || !e.isWord(b + 1) || !e.is(Kind.DET, b + 1) || !framed(text, tokens, e, a)) {
            return false;
        }
        int next = Tokens.firstAtOrAfter(tokens, role.end());
        return next < n && !Tokens.is(text, tokens.get(next), ",");
    }

    /**
     * Whether a preposition or a stop word (selon) opens the sentence right before the name at token {@code a}, past a
     * title or an honorific before the name: « Pour X », « Selon Me X », « D'après X », "For X", "According to X".
     */
    private static boolean framed(String text, List<Token> tokens, TokenEntries e, int a) {
        int k = a - 1;
        while (k >= 0 && a - k <= 2 && e.isWord(k) && (e.honorific(k) || e.titleRole(k) != null)) {
            k--; // « Selon Me Giraud »
        }
        int last = k;
        for (; k >= 0 && last - k <= 1; k--) {
            if (!e.isWord(k) || k == last && !(e.is(Kind.PREP, k) || e.is(Kind.STOP, k) || e.is(Kind.OPENER, k))) {
                return false;
            }
            if (e.capitalised(k) && (k == 0 || Tokens.opensSentence(text, tokens.get(k - 1), tokens.get(k).start()))) {
                return true;
            }
        }
        return false;
    }
}
