package org.retour.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.retour.model.Voice;
import org.retour.store.Rows.SearchHit;
import org.retour.store.Store;
import org.retour.store.index.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retour search}: ranked documents with highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search the corpus: ranked documents with the matches between ** in a snippet.",
                "QUERY uses Lucene syntax (words, \"phrases\", AND/OR/NOT, prefix*); each language is searched with "
                        + "its own stemming; * alone matches every document (to list by filters)."})
public final class SearchCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Mixin
    DbOptions db;

    @Option(names = "--lang", paramLabel = "xx", converter = Converters.LanguageCode.class,
            description = "Only documents in this language.")
    String lang;

    @Option(names = "--code", paramLabel = "CODE", description = "Only documents coded with this narrative code (N2…), in any language.")
    String code;

    @Option(names = "--voice", paramLabel = "VOICE", description = "Only documents where this voice speaks (defector, returnee, official…).")
    String voice;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Only documents where this speaker is quoted.")
    String speaker;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class, description = "Published on or after.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = Converters.IsoDate.class, description = "Published on or before.")
    LocalDate to;

    @Option(names = "--country", paramLabel = "CC", description = "Only documents referring to this country (ISO code: FR, DE…).")
    String country;

    @Option(names = "--outlet", paramLabel = "NAME", description = "Only documents from this outlet.")
    String outlet;

    @Option(names = "--limit", defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (voice != null) {
            voice = Voice.fromLabel(voice).label();
        }
        if (country != null && !country.strip().matches("[A-Za-z]{2}")) {
            throw new UserException("--country takes a two-letter ISO code such as FR, not '" + country + "'",
                    ExitCodes.USAGE);
        }
        SearchRequest request = new SearchRequest(query, lang, code, voice, speaker, from, to, country, outlet, limit);
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = db.openForReading()) {
            List<SearchHit> hits = store.reports().search(request);
            int total = store.reports().countMatches(request);
            if (format == OutputFormat.json) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("query", query);
                json.put("total", total);
                json.put("hits", hits);
                out.println(OutputFormat.JSON.writeValueAsString(json));
            } else {
                render(out, hits, total);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    static void render(PrintWriter out, List<SearchHit> hits, int total) {
        out.printf(Locale.ROOT, "%,d document%s match%s%s%n", total, total == 1 ? "" : "s", total == 1 ? "es" : "",
                hits.size() < total ? "; the best " + hits.size() + ":" : hits.isEmpty() ? "" : ":");
        int n = 0;
        for (SearchHit h : hits) {
            n++;
            StringBuilder head = new StringBuilder();
            head.append(String.format(Locale.ROOT, "%2d. [%s] %s", n, h.language(), h.title() != null ? h.title() : "(no title)"));
            if (h.outlet() != null || h.published() != null) {
                head.append(" (").append(h.outlet() != null ? h.outlet() : "")
                        .append(h.outlet() != null && h.published() != null ? ", " : "")
                        .append(h.published() != null ? h.published() : "").append(')');
            }
            head.append(String.format(Locale.ROOT, "  #%d  score %.2f", h.id(), h.score()));
            out.println(head);
            if (h.uri() != null) {
                out.println("    " + h.uri());
            }
            out.println("    " + h.snippet());
        }
    }
}
