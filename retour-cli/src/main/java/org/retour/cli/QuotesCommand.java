package org.retour.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.retour.model.Voice;
import org.retour.store.Rows.QuoteRow;
import org.retour.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code retour quotes}: the quotes of the corpus with their speakers. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "List quotes with their speaker, voice and document, filtered by speaker, voice or narrative code.")
public final class QuotesCommand implements Callable<Integer> {

    @Mixin
    DbOptions db;

    @Option(names = "--speaker", paramLabel = "NAME", description = "Part of the speaker's name or description, any case.")
    String speaker;

    @Option(names = "--voice", paramLabel = "VOICE", description = "defector, returnee, official, researcher…")
    String voice;

    @Option(names = "--code", paramLabel = "CODE", description = "Only quotes coded with this narrative code (N7…).")
    String code;

    @Option(names = "--limit", defaultValue = "100", description = "At most this many (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    OutputFormat format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String v = voice == null ? null : Voice.fromLabel(voice).label();
        if (limit < 1) {
            throw new UserException("--limit must be at least 1", ExitCodes.USAGE);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (Store store = db.openForReading()) {
            List<QuoteRow> rows = store.reports().quotes(speaker, v, code, limit);
            if (format == OutputFormat.json) {
                out.println(OutputFormat.JSON.writeValueAsString(rows));
            } else {
                out.println(rows.size() + " quote" + (rows.size() == 1 ? "" : "s"));
                for (QuoteRow q : rows) {
                    out.println("« " + q.text() + " »");
                    out.println("    — " + (q.speaker() != null ? q.speaker() : "unattributed")
                            + (q.voice() != null ? " (" + q.voice() + ")" : "") + ", #" + q.documentId()
                            + (q.title() != null ? " " + q.title() : "") + (q.published() != null ? ", " + q.published() : ""));
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
