package org.retour.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.retour.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code retour reindex}: rebuilds the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true, description = "Rebuild the search index from the database.")
public final class ReindexCommand implements Callable<Integer> {

    @Mixin
    DbOptions db;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Store store = db.open()) {
            long t0 = System.nanoTime();
            int n = store.reindex();
            spec.commandLine().getOut().printf(Locale.ROOT, "reindexed %,d documents into %s (%.1f s)%n", n,
                    store.location().indexDirectory(), (System.nanoTime() - t0) / 1e9);
        }
        return ExitCodes.OK;
    }
}
