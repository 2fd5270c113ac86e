package org.retour.json;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.retour.model.Coding;
import org.retour.model.DateMention;
import org.retour.model.Entity;
import org.retour.model.Figure;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.Speaker;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/** The readable form of an analysis, for a person at a terminal. */
public final class AnalysisText {

    private static final int SNIPPET = 90;

    private AnalysisText() {
    }

    /** Renders every layer that is present. */
    public static String render(Analysis a) {
        StringBuilder out = new StringBuilder();
        String text = a.text();
        a.find(Layers.LANGUAGE).ifPresent(l -> out.append(String.format(Locale.ROOT, "Language:    %s (%s%.2f)%n",
                l.code(), l.declared() ? "declared, " : "", l.confidence())));
        a.find(Layers.PUBLICATION).ifPresentOrElse(
                p -> out.append("Published:   ").append(p.date() == null ? "unknown" : p.date())
                        .append(p.inferred() ? " (inferred from the text)" : "").append('\n'),
                () -> out.append("Published:   ")
                        .append(a.document().published() == null ? "unknown" : a.document().published()).append('\n'));
        List<Sentence> sentences = a.list(Layers.SENTENCES);
        out.append("Characters:  ").append(text.length()).append('\n');
        out.append("Sentences:   ").append(sentences.size()).append('\n');
        a.find(Layers.TOKENS).ifPresent(t -> out.append("Tokens:      ").append(t.size()).append('\n'));

        out.append("\nSentences\n");
        int n = 1;
        for (Sentence s : sentences) {
            out.append(String.format(Locale.ROOT, "%4d  [%s] %s%n", n++, s.language(), snippet(s.span().of(text))));
        }
        List<Quote> quotes = a.list(Layers.QUOTES);
        if (!quotes.isEmpty()) {
            Map<String, List<Coding>> byQuote = a.list(Layers.CODINGS).stream().filter(c -> c.quote() != null)
                    .collect(Collectors.groupingBy(Coding::quote));
            out.append("\nQuotes\n");
            for (Quote q : quotes) {
                String indent = q.parent() == null ? "  " : "      ";
                out.append(indent).append(q.id()).append(q.partial() ? " (partial) " : " ")
                        .append('«').append(snippet(q.text())).append("»\n");
                out.append(indent).append("   by ").append(speaker(q.attribution().speaker()));
                List<Coding> codes = byQuote.getOrDefault(q.id(), List.of());
                if (!codes.isEmpty()) {
                    out.append("   codes: ").append(codes.stream().map(Coding::code).distinct()
                            .collect(Collectors.joining(", ")));
                }
                out.append('\n');
            }
        }
        List<Entity> entities = AnalysisJson.entities(a);
        if (!entities.isEmpty()) {
            out.append("\nEntities\n");
            for (Entity e : entities) {
                out.append(String.format(Locale.ROOT, "  %-4s %-12s %s", e.id(), e.type(), e.canonical()));
                if (e.role() != null) {
                    out.append(" — ").append(e.role());
                }
                if (e.country() != null) {
                    out.append(" [").append(e.country()).append(']');
                }
                out.append(" (").append(e.mentions().size()).append(" mention").append(e.mentions().size() == 1 ? "" : "s")
                        .append(")\n");
            }
        }
        List<Figure> figures = a.list(Layers.FIGURES);
        if (!figures.isEmpty()) {
            out.append("\nFigures\n");
            out.append(String.format(Locale.ROOT, "  %-10s %-4s %-14s %-10s %-10s %s%n", "value", "≈", "counts", "place",
                    "date", "source"));
            for (Figure f : figures) {
                out.append(String.format(Locale.ROOT, "  %-10s %-4s %-14s %-10s %-10s %s%n", number(f.value()),
                        f.approximate() ? "yes" : "", dash(f.counts()), dash(f.place()), dash(f.date()), dash(f.source())));
            }
        }
        List<DateMention> dates = a.list(Layers.DATES);
        if (!dates.isEmpty()) {
            out.append("\nDates\n");
            for (DateMention d : dates) {
                out.append(String.format(Locale.ROOT, "  %-28s %-12s %s%n", snippet(d.text()), d.value(),
                        d.precision().name().toLowerCase(Locale.ROOT)));
            }
        }
        List<Coding> codings = a.list(Layers.CODINGS);
        if (!codings.isEmpty()) {
            out.append("\nCodings\n");
            for (Coding c : codings) {
                out.append(String.format(Locale.ROOT, "  %-4s %.2f %-10s %s%n", c.code(), c.confidence(),
                        dash(c.holder()), snippet(c.span().of(text))));
            }
        }
        return out.toString();
    }

    private static String speaker(Speaker s) {
        if (s == null) {
            return "(unattributed)";
        }
        String who = s.name() != null ? s.name() : s.description() != null ? s.description() : "(unnamed)";
        return who + (s.role() != null ? ", " + s.role() : "") + " [" + s.voice().label() + "]";
    }

    private static String snippet(String s) {
        String one = s.replace('\n', ' ');
        if (one.length() <= SNIPPET) {
            return one;
        }
        int cut = SNIPPET - 1;
        if (Character.isHighSurrogate(one.charAt(cut - 1))) {
            cut--;
        }
        return one.substring(0, cut) + "…";
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}
