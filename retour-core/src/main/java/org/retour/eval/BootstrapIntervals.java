package org.retour.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap intervals of an evaluation's headline figures: quote F1 at overlap 0.3, speaker accuracy and
 * narrative macro-F1 at document level, per language and overall, from resampling the articles with replacement.
 *
 * <p>An article is the unit that is resampled, since quotes and codings of one article are not independent (one
 * misread speaker carries over a whole interview). The point value is the figure on the articles as they are, the
 * same as the report's; the interval holds the middle 95% of the figure over the resamples. A narrow interval says
 * the figure would move little on another sample of such articles; a set of twenty articles gives a wide one.
 *
 * <p>Design decision: each article is scored once and the resamples add up its counts, so a thousand resamples of a
 * thousand articles take well under a second. Deterministic for a given seed. Thread-safe (holds nothing).
 */
public final class BootstrapIntervals {

    /** The share of the resampled figures an interval holds. */
    public static final double LEVEL = 0.95;
    /** The default number of resamples. */
    public static final int RESAMPLES = 1000;
    /** The default seed. */
    public static final long SEED = 20141010L;

    /**
     * A figure and its interval.
     *
     * @param value the figure on the articles as they are
     * @param low   the 2.5th percentile of the resampled figures
     * @param high  the 97.5th percentile
     */
    public record Interval(double value, double low, double high) {

        public Interval {
            if (!(low <= high)) {
                throw new IllegalArgumentException("interval [" + low + ", " + high + "]");
            }
        }
    }

    /**
     * The intervals of one language (or {@code all}); a figure is null when no article scores it.
     *
     * @param language        the language code or {@code all}
     * @param documents       articles resampled
     * @param quoteF1         quote F1 at overlap 0.3
     * @param speakerAccuracy speaker accuracy on matched quotes
     * @param narrativeMacroF1 narrative macro-F1 at document level
     */
    public record Row(String language, int documents, Interval quoteF1, Interval speakerAccuracy,
                      Interval narrativeMacroF1) {
    }

    /** The intervals of every language, then {@code all}, from {@code resamples} resamples. */
    public record Result(int resamples, long seed, double level, List<Row> rows) {

        public Result {
            rows = List.copyOf(rows);
        }
    }

    private BootstrapIntervals() {
    }

    /** The intervals of {@code cases} from {@value #RESAMPLES} resamples with the default seed. */
    public static Result of(List<EvalCase> cases) {
        return of(cases, RESAMPLES, SEED);
    }

    /**
     * The intervals of {@code cases} from {@code resamples} resamples drawn with {@code seed}.
     *
     * @throws IllegalArgumentException when {@code resamples} is below 100 (too few for a 95% interval)
     */
    public static Result of(List<EvalCase> cases, int resamples, long seed) {
        if (resamples < 100) {
            throw new IllegalArgumentException("at least 100 resamples, not " + resamples);
        }
        List<Counts> all = counts(cases);
        Map<String, List<Counts>> byLang = new TreeMap<>();
        for (Counts c : all) {
            byLang.computeIfAbsent(c.language, k -> new ArrayList<>()).add(c);
        }
        List<Row> rows = new ArrayList<>();
        byLang.forEach((lang, list) -> rows.add(row(lang, list, resamples, seed)));
        rows.add(row("all", all, resamples, seed));
        return new Result(resamples, seed, LEVEL, rows);
    }

    /** One article's counts: quotes matched, predicted, gold; speakers right and judged; codes per code id. */
    private record Counts(String language, boolean quotes, int matched, int predicted, int gold, int speakersRight,
                          int speakersJudged, boolean narratives, Map<String, Prf> codes) {
    }

    private static List<Counts> counts(List<EvalCase> cases) {
        QuoteEvaluator quotes = new QuoteEvaluator();
        NarrativeEvaluator narratives = new NarrativeEvaluator();
        List<EvalError> ignored = new ArrayList<>();
        List<Counts> out = new ArrayList<>(cases.size());
        for (EvalCase c : cases) {
            boolean q = c.gold().quotes() != null;
            boolean n = c.gold().narratives() != null;
            QuoteScores qs = q ? quotes.score(c, ignored) : QuoteScores.EMPTY;
            NarrativeScores ns = n ? narratives.score(c, ignored) : NarrativeScores.EMPTY;
            ignored.clear();
            out.add(new Counts(c.gold().lang(), q, qs.loose().tp(), qs.loose().tp() + qs.loose().fp(),
                    qs.loose().tp() + qs.loose().fn(), qs.speaker().correct(), qs.speaker().total(), n,
                    ns.documentLevel()));
        }
        return out;
    }

    private static Row row(String lang, List<Counts> articles, int resamples, long seed) {
        Counts[] quoted = articles.stream().filter(Counts::quotes).toArray(Counts[]::new);
        Counts[] coded = articles.stream().filter(Counts::narratives).toArray(Counts[]::new);
        // each figure resamples its own articles with its own stream of the seed, so adding one kind of
        // annotation to a set does not move another figure's interval
        return new Row(lang, articles.size(),
                interval(quoted, BootstrapIntervals::quoteF1, resamples, seed),
                interval(quoted, BootstrapIntervals::speakerAccuracy, resamples, seed + 1),
                interval(coded, BootstrapIntervals::macroF1, resamples, seed + 2));
    }

    private static Interval interval(Counts[] articles, ToDoubleFunction<Counts[]> figure, int resamples, long seed) {
        if (articles.length == 0) {
            return null;
        }
        double value = figure.applyAsDouble(articles);
        if (Double.isNaN(value)) {
            return null;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] figures = new double[resamples];
        Counts[] sample = new Counts[articles.length];
        int kept = 0;
        for (int r = 0; r < resamples; r++) {
            for (int i = 0; i < sample.length; i++) {
                sample[i] = articles[random.nextInt(articles.length)];
            }
            double f = figure.applyAsDouble(sample);
            if (!Double.isNaN(f)) {
                figures[kept++] = f;
            }
        }
        if (kept == 0) {
            return null; // no resample had anything to score: too few articles to say anything
        }
        double[] sorted = Arrays.copyOf(figures, kept);
        Arrays.sort(sorted);
        double tail = (1 - LEVEL) / 2;
        int lo = (int) Math.floor(tail * (kept - 1));
        int hi = (int) Math.ceil((1 - tail) * (kept - 1));
        return new Interval(value, sorted[lo], sorted[hi]);
    }

    /** Quote F1 of the articles (NaN when there is nothing to find and nothing found). */
    private static double quoteF1(Counts[] articles) {
        int m = 0;
        int p = 0;
        int g = 0;
        for (Counts c : articles) {
            m += c.matched;
            p += c.predicted;
            g += c.gold;
        }
        return p + g == 0 ? Double.NaN : Prf.of(m, p, g).f1();
    }

    /** Speaker accuracy of the articles (NaN when no quote was matched). */
    private static double speakerAccuracy(Counts[] articles) {
        int right = 0;
        int judged = 0;
        for (Counts c : articles) {
            right += c.speakersRight;
            judged += c.speakersJudged;
        }
        return judged == 0 ? Double.NaN : (double) right / judged;
    }

    /** Narrative macro-F1 at document level, over the codes seen in gold or predictions (NaN when none). */
    private static double macroF1(Counts[] articles) {
        Map<String, int[]> sums = new TreeMap<>();
        for (Counts c : articles) {
            c.codes.forEach((code, prf) -> {
                int[] s = sums.computeIfAbsent(code, k -> new int[3]);
                s[0] += prf.tp();
                s[1] += prf.fp();
                s[2] += prf.fn();
            });
        }
        if (sums.isEmpty()) {
            return Double.NaN;
        }
        double f = 0;
        for (int[] s : sums.values()) {
            f += new Prf(s[0], s[1], s[2]).f1();
        }
        return f / sums.size();
    }
}
