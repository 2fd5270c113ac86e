package org.retour.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.retour.entity.FirstWords;
import org.retour.entity.TokenTrie;
import org.retour.entity.TokenView;
import org.retour.entity.WordSet;

/**
 * Finds dates in one left-to-right pass over the tokens with the words of a {@link DateLexicon}:
 * "vendredi 10 juin", "June 10, 2016", "am 10. Juni", "mi-mai", "fin 2015", "en janvier 2014",
 * "in the summer of 2015", "le mois dernier", "il y a deux ans", "10/06/2016", "the 1990s".
 *
 * <p>Immutable and thread-safe.
 */
public final class LexiconDateScanner {

    private static final java.util.Set<String> DAY_SUFFIXES = java.util.Set.of("er", "st", "nd", "rd", "th");
    /**
     * The keys of the word before a decade ("les années 1990"), checked by number. Design decision: the scan
     * asks at every word whether a date may begin there, and a word set and the marks of {@link TokenView}
     * answer without reading the word's key.
     */
    private static final WordSet DECADE_WORDS = WordSet.of(java.util.Set.of("annees", "années"));

    private final DateLexicon lex;
    private final LoneYears loneYears;
    /** The words a date may begin with: those of the lexicon's phrases. */
    private final FirstWords starts;

    public LexiconDateScanner(DateLexicon lex) {
        this.lex = Objects.requireNonNull(lex);
        this.loneYears = new LoneYears(lex);
        this.starts = FirstWords.of(lex.relatives, lex.weekdays, lex.parts, lex.months, lex.seasons);
    }

    /** The dates of the document whose tokens {@code v} shows, in order. */
    public List<RawDate> scan(TokenView v) {
        List<RawDate> out = new ArrayList<>();
        int n = v.size();
        for (int i = 0; i < n; i++) {
            if (v.kind(i) != org.retour.model.Token.Kind.NUMBER && (!v.isWord(i) || !mayBegin(v, i))) {
                continue;
            }
            TokenTrie.Match<DateLexicon.Relative> rel = lex.relatives.longestAt(v, i);
            if (rel != null) {
                out.add(new RawDate(rel.span(), null, null, null, null, null, null, rel.value(), null, false));
                i = rel.last();
                continue;
            }
            int end = DigitDates.read(v, i, out);
            if (end < 0) {
                end = decade(v, i, out);
            }
            if (end < 0) {
                end = compound(v, i, out);
            }
            if (end >= 0) {
                i = end;
            }
        }
        return withoutNames(v, withRelativeYears(v, out));
    }

    /**
     * {@code dates} without those that give no year and are words of a name or a noun of the lexicon's
     * {@code no-date} phrases ("the Sunday Times", "Friday prayers", "the fall of Mosul"); "the fall of
     * 2015" gives its year and stays.
     */
    private List<RawDate> withoutNames(TokenView v, List<RawDate> dates) {
        if (lex.longestName > 0) {
            dates.removeIf(d -> !d.hasYear() && d.relative() == null && d.decade() == null
                    && inName(v, v.indexAt(d.span().start())));
        }
        return dates;
    }

    /** Whether token {@code t} is inside a {@code no-date} phrase. */
    private boolean inName(TokenView v, int t) {
        for (int i = Math.max(0, t - lex.longestName + 1); i <= t; i++) {
            TokenTrie.Match<Boolean> m = lex.names.longestAt(v, i);
            if (m != null && m.last() >= t) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a date may begin at word {@code i}: a phrase of the lexicon may, a day or decade in digits
     * ("10th", "1990s"), a part and month joined by a hyphen ("mi-mai") or "années" may; most words may not.
     */
    private boolean mayBegin(TokenView v, int i) {
        if (starts.mayStartAt(v, i) || v.hasHyphenHead(i)) {
            return true;
        }
        return v.keyBeginsWithDigit(i) || DECADE_WORDS.contains(v, i);
    }

    /**
     * Joins a month or season without a year to the relative year right after it ("August last year",
     * "im Juni letzten Jahres", "en juin de l'an dernier"): one date, its year counted from the publication.
     */
    private List<RawDate> withRelativeYears(TokenView v, List<RawDate> dates) {
        List<RawDate> out = null;
        for (int k = 0; k + 1 < dates.size(); k++) {
            RawDate a = dates.get(k);
            RawDate b = dates.get(k + 1);
            if (a.year() != null || a.relative() != null || a.decade() != null || a.month() == null && a.season() == null
                    || b.relative() == null || b.relative().unit() != DateLexicon.Unit.YEAR
                    || !joined(v, a.span().end(), b.span().start())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(dates);
            }
            RawDate joined = new RawDate(new org.retour.model.Span(a.span().start(), b.span().end()), null, a.month(),
                    a.day(), a.weekday(), a.season(), a.part(), b.relative(), null, true);
            out.set(out.indexOf(a), joined);
            out.remove(b);
            k++;
        }
        return out == null ? dates : out;
    }

    /** Whether only spaces and at most one small word ("of", "de", "من") lie between two offsets. */
    private boolean joined(TokenView v, int from, int to) {
        String between = v.text().substring(from, to).strip();
        return between.isEmpty() || between.indexOf(' ') < 0 && between.length() <= 3 && !between.equals(",")
                && !between.equals(".");
    }

    /** A decade ("1990s", "1990er", "les années 1990"); the index of its last token, or -1. */
    private static int decade(TokenView v, int i, List<RawDate> out) {
        if (!v.keyBeginsWithDigit(i) && !DECADE_WORDS.contains(v, i)) {
            return -1;
        }
        String k = v.key(i);
        int digits = 0;
        while (digits < k.length() && Character.isDigit(k.charAt(digits))) {
            digits++;
        }
        if (digits == 4 && k.charAt(3) == '0' && (k.length() == 5 && k.charAt(4) == 's'
                || k.length() == 6 && k.endsWith("er"))) {
            int y = Integer.parseInt(k.substring(0, 4));
            if (y >= 1900 && y <= 2090) {
                out.add(new RawDate(v.span(i, i), null, null, null, null, null, null, null, y / 10, false));
                return i;
            }
        }
        if ((k.equals("annees") || k.equals("années")) && i + 1 < v.size()) {
            Integer y = LoneYears.year(v, i + 1);
            if (y != null && y % 10 == 0) {
                out.add(new RawDate(v.span(i, i + 1), null, null, null, null, null, null, null, y / 10, false));
                return i + 1;
            }
        }
        return -1;
    }

    /** Weekday, part, day, month, season and year in their orders; the index of the last token, or -1. */
    private int compound(TokenView v, int i, List<RawDate> out) {
        int n = v.size();
        int j = i;
        Integer weekday = null;
        String part = null;
        Integer day = null;
        Integer month = null;
        String season = null;
        Integer year = null;
        TokenTrie.Match<Integer> wd = lex.weekdays.longestAt(v, j);
        if (wd != null) {
            weekday = wd.value();
            j = skipComma(v, wd.last() + 1);
        }
        int last = wd != null ? wd.last() : -1;
        if (j < n) {
            TokenTrie.Match<String> pm = lex.parts.longestAt(v, j);
            // a part and a month joined by a hyphen ("mi-mai"): the key's head before its first hyphen is
            // the view's, so the key is only cut for its month when the head is a part
            String head = v.hasHyphenHead(j) ? v.hyphenHead(j) : null;
            if (head != null && head.length() < v.key(j).length() - 1 && pm == null) {
                String key = v.key(j);
                String p = single(lex.parts, head, v);
                Integer mo = p == null ? null : single(lex.months, key.substring(head.length() + 1), v);
                if (p != null && mo != null) {
                    out.add(new RawDate(v.span(j, j), null, mo, null, weekday, null, p, null, null, true));
                    return j;
                }
            }
            if (pm != null && pm.last() + 1 < n) {
                int after = pm.last() + 1;
                if (after < n && "-".equals(v.surface(after))) {
                    after++;
                }
                if (after < n && (lex.months.longestAt(v, after) != null || LoneYears.year(v, after) != null)) {
                    part = pm.value();
                    last = pm.last();
                    j = after;
                }
            }
        }
        if (j < n && part == null) {
            Integer d = day(v, j);
            if (d != null) {
                int k = j + 1;
                if (k < n && ".".equals(v.surface(k))) {
                    k++;
                }
                TokenTrie.Match<Integer> mm = k < n ? lex.months.longestAt(v, k) : null;
                if (mm != null) {
                    day = d;
                    month = mm.value();
                    last = mm.last();
                    j = mm.last() + 1;
                }
            }
        }
        if (month == null && j < n) {
            TokenTrie.Match<Integer> mm = lex.months.longestAt(v, j);
            if (mm != null) {
                month = mm.value();
                last = mm.last();
                j = mm.last() + 1;
                if (j < n && day(v, j) != null && LoneYears.year(v, j) == null) {
                    day = day(v, j);
                    last = j;
                    j = skipComma(v, j + 1);
                }
            }
        }
        if (month == null && weekday == null && j < n) {
            TokenTrie.Match<String> sm = lex.seasons.longestAt(v, j);
            if (sm != null) {
                int k = sm.last() + 1;
                while (k < n && k <= sm.last() + 2 && LoneYears.year(v, k) == null && v.isWord(k) && v.key(k).length() <= 4) {
                    k++;
                }
                if (k < n && LoneYears.year(v, k) != null) {
                    season = sm.value();
                    year = LoneYears.year(v, k);
                    out.add(new RawDate(v.span(part != null ? i : j, k), year, null, null, null, season, part, null,
                            null, true));
                    return k;
                }
                if (part == null && j > 0 && lex.seasonCues.contains(v, j - 1)) {
                    out.add(new RawDate(v.span(j, sm.last()), null, null, null, null, sm.value(), null, null, null,
                            true));
                    return sm.last();
                }
            }
        }
        if (j < n && (month != null || part != null) && LoneYears.year(v, j) != null) {
            year = LoneYears.year(v, j);
            last = j;
        } else if (j < n && month == null && weekday == null && part == null && LoneYears.year(v, j) != null
                && (i > 0 && lex.cues.contains(v, i - 1) || i == j && loneYears.dateWithoutCue(v, j))) {
            year = LoneYears.year(v, j);
            last = j;
        }
        if (last < 0) {
            return -1;
        }
        boolean cued = part != null || i > 0 && lex.cues.contains(v, i - 1);
        boolean ok = day != null && month != null
                || month != null && (year != null || cued)
                || year != null
                || weekday != null && month == null && day == null;
        if (!ok) {
            return -1;
        }
        out.add(new RawDate(v.span(i, last), year, month, day, weekday, null, part, null, null, cued));
        return last;
    }

    /**
     * Whether the sentence around tokens {@code first..last} is in the future: a word of the lexicon's
     * future list ("attendu", "will", "wird", "kommenden") between the sentence's ends.
     */
    public boolean inFuture(TokenView v, int first, int last) {
        for (int k = first - 1, seen = 0; k >= 0 && seen < 40 && !ends(v, k); k--, seen++) {
            if (futureAt(v, k)) {
                return true;
            }
        }
        for (int k = last + 1, seen = 0; k < v.size() && seen < 40 && !ends(v, k); k++, seen++) {
            if (futureAt(v, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code k} is a future word not turned to the past by the word before it ("haben soll"). */
    private boolean futureAt(TokenView v, int k) {
        return lex.future.contains(v, k) && !(k > 0 && lex.pastBefore.contains(v, k - 1));
    }

    private static boolean ends(TokenView v, int k) {
        if (v.kind(k) == org.retour.model.Token.Kind.WORD || v.end(k) - v.start(k) != 1) {
            return false;
        }
        char c = v.text().charAt(v.start(k));
        return c == '.' || c == '!' || c == '?' || c == '\n';
    }

    private static int skipComma(TokenView v, int j) {
        return j < v.size() && ",".equals(v.surface(j)) ? j + 1 : j;
    }

    private static <T> T single(TokenTrie<T> trie, String key, TokenView v) {
        return trie.valueOfWord(key);
    }

    /** A day of the month (1-31, "1er", "1st", "10th") at token {@code j}, or null. */
    private static Integer day(TokenView v, int j) {
        if (!v.keyBeginsWithDigit(j)) {
            return null;
        }
        String k = v.key(j);
        int digits = 0;
        while (digits < k.length() && Character.isDigit(k.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return null;
        }
        if (digits < k.length() && !DAY_SUFFIXES.contains(k.substring(digits))) {
            return null;
        }
        int d = digits == 1 ? Character.digit(k.charAt(0), 10)
                : Character.digit(k.charAt(0), 10) * 10 + Character.digit(k.charAt(1), 10);
        return d >= 1 && d <= 31 ? d : null;
    }
}
