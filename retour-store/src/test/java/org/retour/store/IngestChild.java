package org.retour.store;

import java.nio.file.Path;
import java.util.List;
import org.retour.lang.LanguageStage;
import org.retour.model.DetectedLanguage;
import org.retour.pipeline.Pipeline;
import org.retour.segment.RuleSentenceSplitter;
import org.retour.segment.RuleTokenizer;
import org.retour.segment.SentenceStage;
import org.retour.segment.TokenStage;
import org.retour.store.ingest.IngestLimits;
import org.retour.store.ingest.IngestOptions;
import org.retour.store.ingest.IngestSummary;
import org.retour.store.ingest.Ingester;
import org.retour.store.ingest.InputExpander;

/**
 * A process that ingests its arguments into a store, for crash tests to kill: DB INDEX_DIR INPUT...
 *
 * <p>It analyses with the standard sentence and token stages and tells the language by its script, so
 * that it starts in a second: what is tested is the store, not the language models. Transactions hold
 * at most 16 documents, so that a kill finds several committed and one under way.
 */
public final class IngestChild {

    private IngestChild() {
    }

    public static void main(String[] args) throws Exception {
        StoreLocation location = StoreLocation.parse(args[0]).withIndex(Path.of(args[1]));
        try (Store store = Store.open(location)) {
            Ingester ingester = new Ingester(store, quickPipeline(),
                    new IngestOptions("crash", IngestLimits.DEFAULT, 2, 16), System.in);
            IngestSummary s = ingester.run(InputExpander.expand(List.of(args).subList(2, args.length), Path.of("")
                    .toAbsolutePath()), p -> { });
            System.out.println("done " + s.read() + " " + s.stored() + " " + s.unchanged());
        }
    }

    static Pipeline quickPipeline() {
        return Pipeline.builder()
                .add(new LanguageStage(text -> {
                    for (int i = 0; i < Math.min(200, text.length()); i++) {
                        if (Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.ARABIC) {
                            return new DetectedLanguage("ar", 0.9, false);
                        }
                    }
                    return new DetectedLanguage("fr", 0.5, false);
                }))
                .add(new SentenceStage(RuleSentenceSplitter.bundled(), null))
                .add(new TokenStage(RuleTokenizer.bundled()))
                .build();
    }
}
