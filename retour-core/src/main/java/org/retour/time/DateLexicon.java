package org.retour.time;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.retour.entity.Fold;
import org.retour.entity.TokenTrie;
import org.retour.entity.WordSet;
import org.retour.resource.ResourceLines;

/**
 * The words of dates in French, English, German and Arabic: months, weekdays, seasons, parts of a
 * period ("mi-", "early", "Ende"), the cues after which a lone month or year is a date, and the
 * phrases of relative dates; from {@code org/retour/time/words.txt} and {@code relative.txt}.
 *
 * <p>Immutable and thread-safe.
 */
public final class DateLexicon {

    private static final String DIR = "org/retour/time/";
    private static volatile DateLexicon bundled;
    private static final Map<String, DateLexicon> BY_LANGUAGE = new ConcurrentHashMap<>();

    /** The units of relative dates. */
    public enum Unit { DAY, WEEK, MONTH, YEAR }

    /** A date relative to the publication date: {@code offset} units from it. */
    public record Relative(Unit unit, int offset) {
    }

    final TokenTrie<Integer> months;
    final TokenTrie<Integer> weekdays;
    final TokenTrie<String> seasons;
    final TokenTrie<String> parts;
    final WordSet cues;
    final TokenTrie<Relative> relatives;
    /** Words after which a season without a year is a date ("au", "im", "the"). */
    final WordSet seasonCues;
    /** Words that put a sentence in the future ("attendu", "will", "wird", "kommenden"). */
    final WordSet future;
    /**
     * Words right after which a lone year is a date, not a number counting what follows: the articles,
     * prepositions and pronouns German puts after a year in the middle field ("sich 2014 der Miliz
     * angeschlossen", "reiste 2015 nach Syrien", "2014 reiste er").
     */
    final WordSet yearFollowers;
    /**
     * Words right before a future word that make it speak of the past: the German perfect infinitive of
     * an allegation ("angeschlossen haben soll", "gereist sein soll").
     */
    final WordSet pastBefore;
    /** Words joining two years of a range, after which a lone year is a date ("entre 2017 et 2019", "2014 to 2016"). */
    final WordSet rangeJoiners;
    /**
     * Phrases in which a weekday, month or season without a year is no date but part of a name or a common
     * noun ("Sunday Times", "Mail on Sunday", "Friday prayers", "the fall of Mosul", « la prière du vendredi »).
     */
    final TokenTrie<Boolean> names;
    /** The most words of a phrase of {@link #names}. */
    final int longestName;

    private DateLexicon(TokenTrie<Integer> months, TokenTrie<Integer> weekdays, TokenTrie<String> seasons,
                        TokenTrie<String> parts, Set<String> cues, TokenTrie<Relative> relatives,
                        Set<String> seasonCues, Set<String> future, Set<String> yearFollowers,
                        Set<String> pastBefore, Set<String> rangeJoiners, TokenTrie<Boolean> names, int longestName) {
        this.months = months;
        this.weekdays = weekdays;
        this.seasons = seasons;
        this.parts = parts;
        this.cues = WordSet.of(cues);
        this.relatives = relatives;
        this.seasonCues = WordSet.of(seasonCues);
        this.future = WordSet.of(future);
        this.yearFollowers = WordSet.of(yearFollowers);
        this.pastBefore = WordSet.of(pastBefore);
        this.rangeJoiners = WordSet.of(rangeJoiners);
        this.names = names;
        this.longestName = longestName;
    }

    /** The bundled lexicon of every language (loaded once). */
    public static DateLexicon bundled() {
        DateLexicon l = bundled;
        if (l == null) {
            l = parse(ResourceLines.classpath(DIR + "words.txt"), ResourceLines.classpath(DIR + "relative.txt"),
                    NumberWords.bundled());
            bundled = l;
        }
        return l;
    }

    /**
     * The bundled lexicon of one language's lines (loaded once per language), or of every language's for
     * a language that has none ({@code null} included).
     *
     * <p>Design decision: one lexicon per language, so that a word of one language is no date in another
     * (French "hier" is German "here"; French "à" folds to the auxiliary "a" of "a été").
     */
    public static DateLexicon bundled(String lang) {
        if (lang == null) {
            return bundled();
        }
        return BY_LANGUAGE.computeIfAbsent(lang, l -> {
            List<String> words = ResourceLines.classpath(DIR + "words.txt");
            List<String> relative = ResourceLines.classpath(DIR + "relative.txt");
            boolean known = words.stream().anyMatch(line -> l.equals(field(line, 1)));
            return known ? parse(words, relative, NumberWords.bundled(), l) : bundled();
        });
    }

    /** A lexicon of the lines of a words file and a relative-dates file, every language's. */
    public static DateLexicon parse(List<String> words, List<String> relative, NumberWords numbers) {
        return parse(words, relative, numbers, null);
    }

    /** A lexicon of the lines of a words file and a relative-dates file of language {@code lang} (null: every language's). */
    public static DateLexicon parse(List<String> words, List<String> relative, NumberWords numbers, String lang) {
        TokenTrie.Builder<Integer> months = TokenTrie.builder();
        TokenTrie.Builder<Integer> weekdays = TokenTrie.builder();
        TokenTrie.Builder<String> seasons = TokenTrie.builder();
        TokenTrie.Builder<String> parts = TokenTrie.builder();
        Set<String> cues = new HashSet<>();
        Set<String> seasonCues = new HashSet<>();
        Set<String> future = new HashSet<>();
        Set<String> yearFollowers = new HashSet<>();
        Set<String> pastBefore = new HashSet<>();
        Set<String> rangeJoiners = new HashSet<>();
        TokenTrie.Builder<Boolean> names = TokenTrie.builder();
        int longestName = 0;
        for (String line : words) {
            String[] p = fields(line, 4, "kind | lang | phrase | value");
            if (lang != null && !lang.equals(p[1])) {
                continue;
            }
            List<String> w = TokenTrie.words(p[2], p[1]);
            switch (p[0]) {
                case "month" -> months.add(w, Integer.parseInt(p[3]));
                case "weekday" -> weekdays.add(w, Integer.parseInt(p[3]));
                case "season" -> seasons.add(w, p[3]);
                case "part" -> parts.add(w, p[3]);
                case "cue" -> cues.add(Fold.key(p[2]));
                case "season-cue" -> seasonCues.add(Fold.key(p[2]));
                case "future" -> future.add(Fold.key(p[2]));
                case "year-follower" -> yearFollowers.add(Fold.key(p[2]));
                case "past-before" -> pastBefore.add(Fold.key(p[2]));
                case "range-joiner" -> rangeJoiners.add(Fold.key(p[2]));
                case "no-date" -> {
                    names.add(w, Boolean.TRUE);
                    longestName = Math.max(longestName, w.size());
                }
                default -> throw new IllegalArgumentException("date words: unknown kind '" + p[0] + "': " + line);
            }
        }
        TokenTrie.Builder<Relative> rel = TokenTrie.builder();
        for (String line : relative) {
            String[] p = fields(line, 3, "lang | phrase | unit offset");
            if (lang != null && !lang.equals(p[0])) {
                continue;
            }
            String[] uo = p[2].split("\\s+");
            Unit unit = Unit.valueOf(uo[0].toUpperCase(java.util.Locale.ROOT));
            if (!p[1].contains("{n}")) {
                rel.add(TokenTrie.words(p[1], p[0]), new Relative(unit, Integer.parseInt(uo[1].replace("+", ""))));
                continue;
            }
            int sign = uo[1].startsWith("-") ? -1 : 1;
            List<Map.Entry<String, Integer>> values = new ArrayList<>();
            for (int n = 2; n <= 60; n++) {
                values.add(Map.entry(String.valueOf(n), n));
            }
            numbers.words().forEach((k, v) -> {
                if (v >= 2 && v <= 60) {
                    values.add(Map.entry(k, v));
                }
            });
            for (Map.Entry<String, Integer> e : values) {
                rel.add(TokenTrie.words(p[1].replace("{n}", e.getKey()), p[0]), new Relative(unit, sign * e.getValue()));
            }
        }
        return new DateLexicon(months.build(), weekdays.build(), seasons.build(), parts.build(), cues, rel.build(),
                seasonCues, future, yearFollowers, pastBefore, rangeJoiners, names.build(), longestName);
    }

    /** Field {@code i} of a line split at "|", trimmed, or null when it has fewer. */
    private static String field(String line, int i) {
        String[] p = line.split("\\|");
        return p.length > i ? p[i].strip() : null;
    }

    private static String[] fields(String line, int n, String format) {
        String[] p = line.split("\\|");
        if (p.length != n) {
            throw new IllegalArgumentException("date words: expected '" + format + "': " + line);
        }
        for (int i = 0; i < n; i++) {
            p[i] = p[i].strip();
        }
        return p;
    }
}
