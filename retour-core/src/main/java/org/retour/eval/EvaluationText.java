package org.retour.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.retour.model.EntityType;

/** The text form of an evaluation: one table per kind, a row per language and one for all. */
public final class EvaluationText {

    private EvaluationText() {
    }

    /** The whole report; with {@code errors}, the misses and false predictions after the tables. */
    public static String render(EvaluationReport r, boolean errors) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "retour eval: %d articles (%s)%n%n", r.documents(),
                String.join(", ", r.documentsPerLanguage().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).toList())));
        quotes(b, "Quotes and speakers", r.quotes());
        entities(b, r.entities());
        spans(b, "Dates", r.dates(), "value acc", "value acc");
        spans(b, "Figures", r.figures(), "value acc", "value+source");
        narratives(b, r.narratives());
        if (errors) {
            List<EvalError> all = new ArrayList<>(r.quotes().errors());
            all.addAll(r.entities().errors());
            all.addAll(r.dates().errors());
            all.addAll(r.figures().errors());
            all.addAll(r.narratives().errors());
            errors(b, all);
        }
        return b.toString();
    }

    /** The table of a report's 95% intervals: a row per language and one for all. */
    public static void intervals(StringBuilder b, BootstrapIntervals.Result r) {
        b.append(String.format(Locale.ROOT, "Intervals (%.0f%%, bootstrap over articles: %d resamples, seed %d)%n",
                r.level() * 100, r.resamples(), r.seed()));
        b.append(String.format(Locale.ROOT, "  %-7s %5s   %-21s   %-21s   %s%n", "lang", "docs", "quote F1.3",
                "speaker", "narrative macroF1"));
        for (BootstrapIntervals.Row row : r.rows()) {
            b.append(String.format(Locale.ROOT, "  %-7s %5d   %-21s   %-21s   %s%n", row.language(), row.documents(),
                    interval(row.quoteF1()), interval(row.speakerAccuracy()), interval(row.narrativeMacroF1())));
        }
        b.append('\n');
    }

    private static String interval(BootstrapIntervals.Interval i) {
        return i == null ? "-" : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", i.value(), i.low(), i.high());
    }

    /** The quote table of a report. */
    public static void quotes(StringBuilder b, String heading, LanguageReport<QuoteScores> q) {
        b.append(heading).append('\n');
        b.append(String.format(Locale.ROOT, "  %-7s %5s %5s %5s   %5s %5s %5s   %5s %5s %5s   %-13s %-13s %-13s%n",
                "lang", "docs", "gold", "pred", "P.3", "R.3", "F1.3", "P.8", "R.8", "F1.8", "speaker", "voice",
                "voice|speaker"));
        for (Map.Entry<String, QuoteScores> e : q.languages().entrySet()) {
            quoteRow(b, e.getKey(), e.getValue());
        }
        quoteRow(b, "all", q.overall());
        b.append("  voice|speaker: voice accuracy on the quotes whose speaker is right\n");
        b.append("  wrong speakers: attributed by no cue, a cue or context; found nobody, a description, another\n"
                + "  person (of whom the speaker of another quote), or a name where gold's speaker is unnamed\n");
        b.append(String.format(Locale.ROOT, "  %-7s %5s   %5s %5s %7s   %6s %5s %5s %9s %5s%n", "lang", "wrong",
                "none", "cue", "context", "nobody", "descr", "other", "(speaker)", "name"));
        for (Map.Entry<String, QuoteScores> e : q.languages().entrySet()) {
            wrongSpeakerRow(b, e.getKey(), e.getValue().wrongSpeakers());
        }
        wrongSpeakerRow(b, "all", q.overall().wrongSpeakers());
        confusion(b, "voices (rows: gold, columns: predicted)", q.overall().voices());
        b.append('\n');
    }

    private static void wrongSpeakerRow(StringBuilder b, String lang, SpeakerErrors w) {
        b.append(String.format(Locale.ROOT, "  %-7s %5d   %5d %5d %7d   %6d %5d %5d %9d %5d%n", lang, w.wrong(),
                w.unattributed(), w.cued(), w.contextual(), w.noSpeaker(), w.description(), w.otherPerson(),
                w.otherSpeaker(), w.nameForUnnamed()));
    }

    private static void quoteRow(StringBuilder b, String lang, QuoteScores s) {
        b.append(String.format(Locale.ROOT, "  %-7s %5d %5d %5d   %s   %s   %-13s %-13s %-13s%n", lang, s.documents(),
                s.gold(), s.predicted(), prf(s.loose()), prf(s.strict()), ratio(s.speaker()), ratio(s.voice()),
                ratio(s.voiceOfRightSpeaker())));
    }

    private static void entities(StringBuilder b, LanguageReport<EntityScores> r) {
        b.append("Entities (F1 per type; P R F1 over all; country accuracy)\n");
        b.append(String.format(Locale.ROOT, "  %-7s %5s %7s %7s %7s   %5s %5s %5s   %-13s%n",
                "lang", "docs", "PERSON", "ORG", "PLACE", "P", "R", "F1", "country"));
        for (Map.Entry<String, EntityScores> e : r.languages().entrySet()) {
            entityRow(b, e.getKey(), e.getValue());
        }
        entityRow(b, "all", r.overall());
        b.append('\n');
    }

    private static void entityRow(StringBuilder b, String lang, EntityScores s) {
        b.append(String.format(Locale.ROOT, "  %-7s %5d %7.3f %7.3f %7.3f   %s   %-13s%n", lang, s.documents(),
                s.types().get(EntityType.PERSON).f1(), s.types().get(EntityType.ORGANIZATION).f1(),
                s.types().get(EntityType.PLACE).f1(), prf(s.all()), ratio(s.country())));
    }

    private static void spans(StringBuilder b, String heading, LanguageReport<SpanScores> r, String valueLabel,
                              String fullLabel) {
        boolean same = valueLabel.equals(fullLabel);
        b.append(heading).append(" (found: a prediction overlaps the gold text)\n");
        b.append(String.format(Locale.ROOT, "  %-7s %5s %5s %5s   %5s %5s %5s   %-13s%s%n", "lang", "docs", "gold",
                "pred", "P", "R", "F1", valueLabel, same ? "" : String.format(Locale.ROOT, " %-13s", fullLabel)));
        List<Map.Entry<String, SpanScores>> rows = new ArrayList<>(r.languages().entrySet());
        rows.add(Map.entry("all", r.overall()));
        for (Map.Entry<String, SpanScores> e : rows) {
            SpanScores s = e.getValue();
            b.append(String.format(Locale.ROOT, "  %-7s %5d %5d %5d   %s   %-13s%s%n", e.getKey(), s.documents(),
                    s.gold(), s.predicted(), prf(s.found()), ratio(s.value()),
                    same ? "" : String.format(Locale.ROOT, " %-13s", ratio(s.full()))));
        }
        b.append('\n');
    }

    private static void narratives(StringBuilder b, LanguageReport<NarrativeScores> r) {
        b.append("Narratives (document level: codes of an article; segment level: coding overlaps evidence)\n");
        b.append(String.format(Locale.ROOT, "  %-7s %5s   %-17s %8s   %-17s %8s%n", "lang", "docs", "doc P R F1 micro",
                "macroF1", "seg P R F1 micro", "macroF1"));
        List<Map.Entry<String, NarrativeScores>> rows = new ArrayList<>(r.languages().entrySet());
        rows.add(Map.entry("all", r.overall()));
        for (Map.Entry<String, NarrativeScores> e : rows) {
            NarrativeScores s = e.getValue();
            b.append(String.format(Locale.ROOT, "  %-7s %5d   %s %8.3f   %s %8.3f%n", e.getKey(), s.documents(),
                    prf(s.documentMicro()), s.documentMacroF1(), prf(s.segmentMicro()), s.segmentMacroF1()));
        }
        NarrativeScores all = r.overall();
        b.append(String.format(Locale.ROOT, "  per code (all languages)%n  %-7s %5s %5s   %-17s   %-17s%n", "code",
                "gold", "pred", "doc P R F1", "seg P R F1"));
        for (String code : all.segmentLevel().keySet()) {
            Prf seg = all.segmentLevel().get(code);
            Prf doc = all.documentLevel().getOrDefault(code, Prf.ZERO);
            b.append(String.format(Locale.ROOT, "  %-7s %5d %5d   %s   %s%n", code, seg.tp() + seg.fn(),
                    seg.tp() + seg.fp(), prf(doc), prf(seg)));
        }
        confusion(b, "confusion (rows: gold code, columns: predicted; none = missed / false)", all.confusion());
        MissReasons m = all.misses();
        if (m.checked() > 0) {
            b.append(String.format(Locale.ROOT, "  missed evidences: %d; coded when every voice is coded (lost to whose "
                    + "view it is) %d; a cue in their words that no testimony segment took %d; no cue %d%n",
                    m.checked(), m.otherVoice(), m.outsideSegments(), m.noCue()));
        }
        b.append('\n');
    }

    /** A confusion table under its title, or nothing when it is empty. */
    static void confusion(StringBuilder b, String title, Confusion confusion) {
        TreeSet<String> cols = confusion.columns();
        if (cols.isEmpty()) {
            return;
        }
        int width = Math.max(5, cols.stream().mapToInt(String::length).max().orElse(5));
        int first = Math.max(7, confusion.counts().keySet().stream().mapToInt(String::length).max().orElse(7));
        b.append("  ").append(title).append('\n');
        b.append("  ").append(" ".repeat(first));
        cols.forEach(c -> b.append(' ').append(pad(c, width)));
        b.append('\n');
        confusion.counts().forEach((g, row) -> {
            b.append("  ").append(g).append(" ".repeat(first - g.length()));
            cols.forEach(c -> b.append(' ').append(pad(String.valueOf(row.getOrDefault(c, 0)), width)));
            b.append('\n');
        });
    }

    private static String pad(String s, int width) {
        return " ".repeat(Math.max(0, width - s.length())) + s;
    }

    /** The errors, one per line, grouped by article. */
    public static void errors(StringBuilder b, List<EvalError> errors) {
        b.append("Errors (").append(errors.size()).append(")\n");
        List<EvalError> sorted = new ArrayList<>(errors);
        sorted.sort(java.util.Comparator.comparing(EvalError::document));
        for (EvalError e : sorted) {
            b.append(String.format(Locale.ROOT, "  %s %s %-14s %s%s%n", e.document(), e.lang(), e.kind().name().toLowerCase(Locale.ROOT),
                    GoldReader.clip(e.text() == null ? "" : e.text()), e.detail() == null ? "" : "  — " + e.detail()));
        }
    }

    static String prf(Prf p) {
        return String.format(Locale.ROOT, "%5.3f %5.3f %5.3f", p.precision(), p.recall(), p.f1());
    }

    static String ratio(Ratio r) {
        return String.format(Locale.ROOT, "%5.3f %3d/%-3d", r.value(), r.correct(), r.total());
    }
}
