package org.retour.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.retour.entity.TokenView;
import org.retour.model.DateMention;
import org.retour.model.PublicationDate;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;

/**
 * Provides the publication date (the document's, or inferred from a weekday with a day and a month,
 * marked inferred) and the dates of the text resolved against it.
 */
public final class DateStage implements Stage {

    private final Function<String, LexiconDateScanner> scanners;
    private final WeekdayYearInference inference;
    private final DateResolver resolver;

    /** A stage reading each document with the scanner of its language ({@code scanners} applied to the code). */
    public DateStage(Function<String, LexiconDateScanner> scanners, WeekdayYearInference inference, DateResolver resolver) {
        this.scanners = Objects.requireNonNull(scanners);
        this.inference = Objects.requireNonNull(inference);
        this.resolver = Objects.requireNonNull(resolver);
    }

    /** The stage with the bundled lexicon of each language. */
    public static DateStage bundled() {
        Map<String, LexiconDateScanner> byLanguage = new ConcurrentHashMap<>();
        return new DateStage(lang -> byLanguage.computeIfAbsent(Objects.requireNonNullElse(lang, ""),
                        l -> new LexiconDateScanner(DateLexicon.bundled(l))),
                new WeekdayYearInference(), new DateResolver());
    }

    @Override
    public String name() {
        return "dates";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE, Layers.TOKENS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.DATES, Layers.PUBLICATION);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        TokenView v = TokenView.of(analysis);
        LexiconDateScanner scanner = scanners.apply(analysis.get(Layers.LANGUAGE).code());
        List<RawDate> raw = scanner.scan(v);
        LocalDate declared = analysis.document().published();
        PublicationDate pub;
        if (declared != null) {
            pub = new PublicationDate(declared, false);
        } else {
            LocalDate inferred = inference.inferPublicationDate(raw);
            pub = new PublicationDate(inferred, inferred != null);
        }
        List<DateMention> out = new ArrayList<>(raw.size());
        for (RawDate d : raw) {
            boolean future = !d.hasYear() && (d.month() != null || d.weekday() != null || d.season() != null)
                    && scanner.inFuture(v, v.indexAt(d.span().start()), v.indexAt(d.span().end()) - 1);
            DateMention m = resolver.resolve(d, analysis.text(), pub.date(), future);
            if (m != null) {
                out.add(m);
            }
        }
        return analysis.with(Layers.DATES, out).with(Layers.PUBLICATION, pub);
    }
}
