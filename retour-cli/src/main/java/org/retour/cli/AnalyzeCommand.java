package org.retour.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.coding.CodebookReader;
import org.retour.coding.CodingConfig;
import org.retour.json.AnalysisJson;
import org.retour.json.AnalysisText;
import org.retour.lang.LanguageConfig;
import org.retour.model.Document;
import org.retour.model.SourceMetadata;
import org.retour.pipeline.Analysis;
import org.retour.text.LoadedText;
import org.retour.text.TextHeader;
import org.retour.text.TextLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retour analyze}: analyses one article and prints what it finds. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse one article (plain text or HTML, UTF-8): language, sentences, tokens and more.")
public final class AnalyzeCommand implements Callable<Integer> {

    /** The output formats. */
    enum Format { json, text }

    @Parameters(index = "0", paramLabel = "FILE|-", description = "The article to analyse; - reads standard input.")
    String input;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class,
            description = "The publication date, against which relative dates are resolved.")
    LocalDate published;

    @Option(names = "--lang", paramLabel = "xx", converter = Converters.LanguageCode.class,
            description = "The article's language (ISO 639-1); detected when not given.")
    String lang;

    @Option(names = "--languages", paramLabel = "xx,yy", defaultValue = "fr,en,de,ar,es,it,nl,tr,ru",
            description = "The languages detection chooses from (default: ${DEFAULT-VALUE}).")
    String languages;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Organisation aliases that extend the bundled table (lines 'canonical | alias | alias').")
    Path aliases;

    @Option(names = "--format", defaultValue = "text", description = "text (for a person) or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--tokens", description = "Include tokens in the JSON output.")
    boolean tokens;

    @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "20MB", converter = Converters.ByteSize.class,
            description = "Refuse inputs larger than this (default: ${DEFAULT-VALUE}).")
    long maxSize;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Code narratives with this codebook (YAML or JSON) instead of the standard one.")
    Path codebook;

    @Mixin
    ModelOptions models;

    @Option(names = "--all-voices", description = "Code officials', researchers' and journalists' own views too.")
    boolean allVoices;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        CodingConfig coding = codingConfig(codebook, models, allVoices);
        TextLoader loader = new TextLoader(maxSize);
        LoadedText loaded = "-".equals(input) ? loader.load(System.in, "<stdin>") : loader.load(Path.of(input));
        PrintWriter err = spec.commandLine().getErr();
        if (coding.bundledModelLeftOut()) {
            err.println("retour: note: the bundled model is for the standard codebook, so the rules code alone; "
                    + "train a model for this one with 'retour train --codebook FILE' and give it with --model");
        }
        loaded.warnings().forEach(w -> err.println("retour: warning: " + w));
        err.flush();
        AnalyzerConfig config = AnalyzerConfig.DEFAULT.withLanguages(LanguageConfig.parse(languages)).withCoding(coding)
                .withAliases(aliases);
        TextHeader h = loaded.header();
        String uri = h != null && h.url() != null ? h.url() : "-".equals(input) ? null : input;
        Document doc = new Document(null, loaded.text(), lang != null || h == null ? lang : h.language(),
                published != null || h == null ? published : h.published(),
                new SourceMetadata(uri, loaded.title(), h == null ? null : h.outlet()));
        Analysis analysis = StandardPipeline.create(config).analyze(doc);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(AnalysisJson.MAPPER.writeValueAsString(AnalysisJson.toJson(analysis, tokens)));
        } else {
            out.print(AnalysisText.render(analysis));
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** The coding settings of the options, read and checked before any work starts. */
    static CodingConfig codingConfig(Path codebook, ModelOptions models, boolean allVoices) {
        CodingConfig c = CodingConfig.DEFAULT.withAllVoices(allVoices);
        if (codebook != null) {
            c = c.withCodebook(CodebookReader.read(codebook));
        }
        return models.apply(c);
    }
}
