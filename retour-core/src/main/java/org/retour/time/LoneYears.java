package org.retour.time;

import org.retour.entity.TokenView;

/**
 * Years written alone: whether four digits are a year, and whether a lone year with no cue before it is a
 * date rather than a count ("as late as 2016.", "reiste 2015 nach Syrien", "2014 reiste er"; not "2000
 * Kämpfer").
 *
 * <p>Immutable and thread-safe.
 */
final class LoneYears {

    private final DateLexicon lex;

    LoneYears(DateLexicon lex) {
        this.lex = java.util.Objects.requireNonNull(lex);
    }

    /** Whether the lone year at token {@code j}, with no cue before it, is a date. */
    boolean dateWithoutCue(TokenView v, int j) {
        return endsClause(v, j) || followedAsADate(v, j);
    }

    /**
     * Whether a clause ends right after token {@code j} ("as late as 2016.", "in Raqqa until 2017, then…"):
     * a lone year there is a date, not a number before what it counts ("2000 Kämpfer").
     */
    private static boolean endsClause(TokenView v, int j) {
        if (j + 1 >= v.size()) {
            return true;
        }
        String next = v.surface(j + 1);
        return (next.equals(".") || next.equals(",") || next.equals(";") || next.equals(")") || next.equals(":"))
                && (j < 1 || !v.surface(j - 1).equals(","));
    }

    /**
     * Whether the words around a lone year show it is a date rather than a count: a year follower right
     * after it ("sich 2014 der Miliz", "2015 nach Syrien"), a year and a range joiner right before it
     * ("entre 2017 et 2019"), or, for a year opening a sentence, a word in lower case and then a follower
     * ("2014 reiste er", "2016 setzte sich").
     */
    private boolean followedAsADate(TokenView v, int j) {
        if (j + 1 < v.size() && v.isWord(j + 1) && lex.yearFollowers.contains(v, j + 1)) {
            return true;
        }
        if (j >= 2 && v.isWord(j - 1) && lex.rangeJoiners.contains(v, j - 1) && year(v, j - 2) != null) {
            return true; // "entre 2017 et 2019 des entretiens"
        }
        return opensSentence(v, j) && j + 2 < v.size() && v.isWord(j + 1) && v.isWord(j + 2)
                && Character.isLowerCase(v.surface(j + 1).codePointAt(0)) && lex.yearFollowers.contains(v, j + 2);
    }

    /** Whether token {@code j} is the first of the text or comes after a full stop, question or exclamation mark. */
    private static boolean opensSentence(TokenView v, int j) {
        if (j == 0) {
            return true;
        }
        String before = v.surface(j - 1);
        return before.equals(".") || before.equals("!") || before.equals("?") || v.end(j - 1) < v.start(j)
                && v.text().substring(v.end(j - 1), v.start(j)).indexOf('\n') >= 0;
    }

    /** A year (1900-2099 in four digits) at token {@code j}, or null. */
    static Integer year(TokenView v, int j) {
        if (v.kind(j) != org.retour.model.Token.Kind.NUMBER) {
            return null;
        }
        String s = v.surface(j);
        if (s.length() != 4) {
            return null;
        }
        int y = 0;
        for (int k = 0; k < 4; k++) {
            int d = Character.digit(s.charAt(k), 10);
            if (d < 0) {
                return null;
            }
            y = y * 10 + d;
        }
        return y >= 1900 && y <= 2099 ? y : null;
    }
}
