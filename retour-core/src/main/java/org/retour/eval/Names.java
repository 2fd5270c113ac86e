package org.retour.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Name comparison for scoring: case- and accent-insensitive words, the last word of a name. */
final class Names {

    private Names() {
    }

    /** Lower case without accents or Arabic vowel marks, apostrophes unified, spaces collapsed. */
    static String normalize(String s) {
        if (s == null) {
            return "";
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
                continue;
            }
            if (c == '\u2019' || c == '\u02BC') {
                c = '\'';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** The words of a name: letters and digits, normalised. */
    static List<String> words(String s) {
        String n = normalize(s);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= n.length(); i++) {
            boolean w = i < n.length() && Character.isLetterOrDigit(n.charAt(i));
            if (w && start < 0) {
                start = i;
            } else if (!w && start >= 0) {
                out.add(n.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** The last word of a name ("bret" for "Didier Le Bret"), or empty when it has none. */
    static String lastWord(String s) {
        List<String> w = words(s);
        return w.isEmpty() ? "" : w.get(w.size() - 1);
    }

    /** Whether the last word of {@code gold} is a word of {@code predicted}. */
    static boolean lastWordIn(String gold, String predicted) {
        String last = lastWord(gold);
        return !last.isEmpty() && words(predicted).contains(last);
    }

    /**
     * Whether {@code predicted} names the person {@code gold} names: the gold last word is one of its words,
     * and when both have two words or more, one's first word is a word of the other, so that a relative who
     * shares the surname ("Fatima Benali" for "Karim Benali") is another person.
     */
    static boolean samePerson(String gold, String predicted) {
        if (!lastWordIn(gold, predicted)) {
            return false;
        }
        List<String> g = words(gold);
        List<String> p = words(predicted);
        return g.size() < 2 || p.size() < 2 || g.contains(p.get(0)) || p.contains(g.get(0));
    }
}
