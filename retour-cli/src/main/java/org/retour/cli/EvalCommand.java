package org.retour.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.coding.Codebook;
import org.retour.coding.Coder;
import org.retour.coding.CodingConfig;
import org.retour.coding.LinearTrainer;
import org.retour.eval.BootstrapIntervals;
import org.retour.eval.EvalCase;
import org.retour.eval.NarrativeCrossValidation;
import org.retour.eval.NarrativeScores;
import org.retour.eval.Prf;
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
import picocli.CommandLine.Mixin;
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

    @Option(names = "--gold", paramLabel = "DIR", description = "A folder of NNN.txt + NNN.gold.json pairs; repeat it to "
            + "score several folders as one set (an article id may appear in only one of them).")
    List<Path> gold;

    @Option(names = "--against", paramLabel = "DIR",
            description = "Score a second annotation of the same articles (a gold folder) against --gold instead of "
                    + "Retour's analysis: coders' agreement, on the articles the two share.")
    Path against;

    @Option(names = "--polnear", paramLabel = "DIR", description = "A PolNeAR folder (text/, attributions/, metadata.tsv).")
    Path polnear;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--errors", description = "List misses and false predictions with their text.")
    boolean errors;

    @Option(names = "--lang", paramLabel = "xx", converter = Converters.LanguageCode.class,
            description = "Only the gold articles in this language.")
    String lang;

    @Mixin
    ModelOptions models;

    @Option(names = "--cross-validate", paramLabel = "K",
            description = "Also cross-validate narrative coding by article in K folds: train the learning coder on K-1 folds, "
                    + "score rules alone, model alone and combined on the held-out fold.")
    Integer crossValidate;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (gold == null && polnear == null) {
            throw new UserException("give --gold DIR, --polnear DIR or both", ExitCodes.USAGE);
        }
        if (against != null && (gold == null || polnear != null || crossValidate != null || models.given())) {
            throw new UserException("--against DIR goes with --gold DIR alone (no --polnear, --cross-validate or model "
                    + "option)", ExitCodes.USAGE);
        }
        List<GoldDocument> goldDocs = null;
        List<GoldDocument> polnearDocs = null;
        try {
            if (gold != null) {
                goldDocs = readAll(gold);
                if (lang != null) {
                    goldDocs = goldDocs.stream().filter(d -> d.lang().equals(lang)).toList();
                    if (goldDocs.isEmpty()) {
                        throw new UserException(folders() + ": no gold article in language '" + lang + "'", ExitCodes.INPUT);
                    }
                }
            }
            if (polnear != null) {
                polnearDocs = PolnearReader.read(polnear);
            }
        } catch (GoldFormatException e) {
            throw new UserException(e.getMessage(), ExitCodes.INPUT);
        }
        if (against != null) {
            return agreement(goldDocs);
        }
        if (crossValidate != null && goldDocs == null) {
            throw new UserException("--cross-validate needs --gold DIR", ExitCodes.USAGE);
        }
        CodingConfig coding = AnalyzeCommand.codingConfig(null, models, false);
        Pipeline pipeline = StandardPipeline.create(AnalyzerConfig.DEFAULT.withCoding(coding));
        GoldEvaluation evaluation = new GoldEvaluation(pipeline);
        List<EvalCase> goldCases = goldDocs == null ? null : evaluation.analyse(goldDocs);
        Coder allVoices = coding.withAllVoices(true).coder();
        EvaluationReport report = goldCases == null ? null : GoldEvaluation.score(goldCases, allVoices);
        NarrativeCrossValidation.Result cv = null;
        if (crossValidate != null) {
            try {
                cv = new NarrativeCrossValidation(Codebook.standard(), new LinearTrainer(LinearTrainer.Options.DEFAULT))
                        .run(goldCases, crossValidate);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage(), ExitCodes.USAGE);
            }
        }
        LanguageReport<QuoteScores> pol = null;
        if (polnearDocs != null) {
            List<EvalCase> cases = evaluation.analyse(polnearDocs);
            pol = new QuoteEvaluator().evaluate(cases);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            if (report != null) {
                json.put("narrative_coder", allVoices.name());
                json.put("gold", errors ? report : withoutErrors(report));
                json.put("intervals", BootstrapIntervals.of(goldCases));
            }
            if (pol != null) {
                json.put("polnear", errors ? pol : strip(pol));
            }
            if (cv != null) {
                Map<String, Object> c = new java.util.LinkedHashMap<>();
                c.put("folds", cv.folds());
                c.put("train_seconds", cv.seconds());
                for (String m : NarrativeCrossValidation.MODES) {
                    c.put(m, strip(cv.scores().get(m)));
                }
                json.put("cross_validation", c);
            }
            out.println(AnalysisJson.MAPPER.writeValueAsString(json));
        } else {
            if (report != null) {
                out.print(EvaluationText.render(report, errors));
                out.println(coderNote(coding, allVoices.name()));
                StringBuilder b = new StringBuilder();
                EvaluationText.intervals(b, BootstrapIntervals.of(goldCases));
                out.print(b);
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
            if (cv != null) {
                out.print(crossValidation(cv));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Scores the annotation in {@link #against} against {@code reference} (the --gold articles, read once the
     * options were checked) and prints the report.
     */
    private int agreement(List<GoldDocument> reference) throws Exception {
        List<EvalCase> cases;
        try {
            cases = GoldEvaluation.against(reference, GoldReader.read(against));
        } catch (GoldFormatException e) {
            throw new UserException(e.getMessage(), ExitCodes.INPUT);
        } catch (IllegalArgumentException e) {
            throw new UserException(against + ": " + e.getMessage(), ExitCodes.INPUT);
        }
        EvaluationReport report = GoldEvaluation.score(cases);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            Map<String, Object> json = new java.util.LinkedHashMap<>();
            json.put("against", against.toString());
            json.put("gold", errors ? report : withoutErrors(report));
            out.println(AnalysisJson.MAPPER.writeValueAsString(json));
        } else {
            out.printf(Locale.ROOT, "Agreement: the annotation in %s scored against %s (%d articles both annotate)%n",
                    against, folders(), cases.size());
            out.print(EvaluationText.render(report, errors));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The articles of every gold folder, in the order given.
     *
     * @throws UserException when two folders hold an article of the same id
     */
    static List<GoldDocument> readAll(List<Path> folders) {
        List<GoldDocument> all = new java.util.ArrayList<>();
        Map<String, Path> seen = new java.util.HashMap<>();
        for (Path folder : folders) {
            for (GoldDocument d : GoldReader.read(folder)) {
                Path before = seen.putIfAbsent(d.id(), folder);
                if (before != null) {
                    throw new UserException("article " + d.id() + " is in both " + before + " and " + folder
                            + " (give each article once)", ExitCodes.INPUT);
                }
                all.add(d);
            }
        }
        return all;
    }

    private String folders() {
        return String.join(", ", gold.stream().map(Path::toString).toList());
    }

    /** Which coder coded the narratives above, and a warning when it is the bundled model, trained on gold/dev. */
    static String coderNote(CodingConfig coding, String coder) {
        String note = "Narratives coded by " + coder;
        if (coding.usesBundledModel()) {
            note += " (the bundled model, trained on gold/dev: on that folder, its figures are on its own training "
                    + "articles; see --cross-validate or --rules-only)";
        }
        return note + "\n";
    }

    /** The cross-validated narrative figures of each coder, as text. */
    static String crossValidation(NarrativeCrossValidation.Result cv) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Narratives, cross-validated by article (%d folds; the model never sees the "
                + "articles it codes; training %.1f s)%n", cv.folds(), cv.seconds()));
        b.append(String.format(Locale.ROOT, "  %-9s %-7s %-17s %8s   %-17s %8s%n", "coder", "lang", "doc P R F1 micro",
                "macroF1", "seg P R F1 micro", "macroF1"));
        for (String m : NarrativeCrossValidation.MODES) {
            LanguageReport<NarrativeScores> r = cv.scores().get(m);
            List<Map.Entry<String, NarrativeScores>> rows = new java.util.ArrayList<>(new java.util.TreeMap<>(r.languages())
                    .entrySet());
            rows.add(Map.entry("all", r.overall()));
            for (Map.Entry<String, NarrativeScores> e : rows) {
                NarrativeScores s = e.getValue();
                b.append(String.format(Locale.ROOT, "  %-9s %-7s %s %8.3f   %s %8.3f%n", m, e.getKey(),
                        prf(s.documentMicro()), s.documentMacroF1(), prf(s.segmentMicro()), s.segmentMacroF1()));
            }
        }
        return b.toString();
    }

    private static String prf(Prf p) {
        return String.format(Locale.ROOT, "%.3f %.3f %.3f", p.precision(), p.recall(), p.f1());
    }

    private static EvaluationReport withoutErrors(EvaluationReport r) {
        return new EvaluationReport(r.documents(), r.documentsPerLanguage(), strip(r.quotes()), strip(r.entities()),
                strip(r.dates()), strip(r.figures()), strip(r.narratives()));
    }

    private static <S> LanguageReport<S> strip(LanguageReport<S> r) {
        return new LanguageReport<>(r.languages(), r.overall(), List.of());
    }
}
