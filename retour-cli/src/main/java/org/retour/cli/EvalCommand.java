package org.retour.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.eval.EvalCase;
import org.retour.eval.EvaluationReport;
import org.retour.eval.EvaluationText;
import org.retour.eval.GoldDocument;
import org.retour.eval.GoldEvaluation;
import org.retour.eval.GoldFormatException;
import org.retour.eval.GoldReader;
import org.retour.eval.LanguageReport;
import org.retour.eval.PolnearReader;
import org.retour.eval.QuoteEvaluator;
import org.retour.eval.QuoteScores;
import org.retour.json.AnalysisJson;
import org.retour.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retour eval}: scores the analysis against gold articles and against the PolNeAR sample. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the analysis against gold: quotes and speakers, entities, dates, figures, narratives.",
                "Gold format: gold/README.md. --polnear scores direct quotes and speakers on PolNeAR (English news)."})
public final class EvalCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { text, json }

    /** Published anchors: quote F1 and speaker accuracy of peer systems. */
    static final String ANCHORS = """
            Published anchors (their own news test sets, not these articles):
              Gender Gap Tracker (English)   quote F1 0.837   speaker accuracy 0.865
              Radar de Parité (French)       quote F1 0.817   speaker accuracy 0.80-0.84
            """;

    @Option(names = "--gold", paramLabel = "DIR", description = "A folder of NNN.txt + NNN.gold.json pairs.")
    Path gold;

    @Option(names = "--polnear", paramLabel = "DIR", description = "A PolNeAR folder (text/, attributions/, metadata.tsv).")
    Path polnear;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--errors", description = "List misses and false predictions with their text.")
    boolean errors;

    @Option(names = "--lang", paramLabel = "xx", converter = Converters.LanguageCode.class,
            description = "Only the gold articles in this language.")
    String lang;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (gold == null && polnear == null) {
            throw new UserException("give --gold DIR, --polnear DIR or both", ExitCodes.USAGE);
        }
        List<GoldDocument> goldDocs = null;
        List<GoldDocument> polnearDocs = null;
        try {
            if (gold != null) {
                goldDocs = GoldReader.read(gold);
                if (lang != null) {
                    goldDocs = goldDocs.stream().filter(d -> d.lang().equals(lang)).toList();
                    if (goldDocs.isEmpty()) {
                        throw new UserException(gold + ": no gold article in language '" + lang + "'", ExitCodes.INPUT);
                    }
                }
            }
            if (polnear != null) {
                polnearDocs = PolnearReader.read(polnear);
            }
        } catch (GoldFormatException e) {
            throw new UserException(e.getMessage(), ExitCodes.INPUT);
        }
        Pipeline pipeline = StandardPipeline.create(AnalyzerConfig.DEFAULT);
        GoldEvaluation evaluation = new GoldEvaluation(pipeline);
        EvaluationReport report = goldDocs == null ? null : evaluation.evaluate(goldDocs);
        LanguageReport<QuoteScores> pol = null;
        if (polnearDocs != null) {
            List<EvalCase> cases = evaluation.analyse(polnearDocs);
            pol = new QuoteEvaluator().evaluate(cases);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            if (report != null) {
                json.put("gold", errors ? report : withoutErrors(report));
            }
            if (pol != null) {
                json.put("polnear", errors ? pol : strip(pol));
            }
            out.println(AnalysisJson.MAPPER.writeValueAsString(json));
        } else {
            if (report != null) {
                out.print(EvaluationText.render(report, errors));
            }
            if (pol != null) {
                StringBuilder b = new StringBuilder();
                b.append(String.format(Locale.ROOT, "PolNeAR sample: %d English articles, direct quotes only%n",
                        polnearDocs.size()));
                EvaluationText.quotes(b, "Quotes and speakers (PolNeAR)", pol);
                b.append(ANCHORS);
                if (errors) {
                    b.append('\n');
                    EvaluationText.errors(b, pol.errors());
                }
                out.print(b);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static EvaluationReport withoutErrors(EvaluationReport r) {
        return new EvaluationReport(r.documents(), r.documentsPerLanguage(), strip(r.quotes()), strip(r.entities()),
                strip(r.dates()), strip(r.figures()), strip(r.narratives()));
    }

    private static <S> LanguageReport<S> strip(LanguageReport<S> r) {
        return new LanguageReport<>(r.languages(), r.overall(), List.of());
    }
}
