package org.retour.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.retour.store.Backups;
import org.retour.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retour db}: backs the corpus up and restores it. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = "Back up and restore the corpus (a portable file: a SQLite backup restores into PostgreSQL and back).",
        subcommands = {DbCommand.Backup.class, DbCommand.Restore.class})
public final class DbCommand implements Runnable {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code retour db backup FILE}. */
    @Command(name = "backup", mixinStandardHelpOptions = true, description = "Write every table to FILE (gzip JSON lines).")
    static final class Backup implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Mixin
        DbOptions db;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = db.openForReading()) {
                long rows = Backups.backup(store, file.toAbsolutePath());
                spec.commandLine().getOut().printf(Locale.ROOT, "backed up %,d rows of %s to %s%n", rows,
                        store.location().describe(), file);
            }
            return ExitCodes.OK;
        }
    }

    /** {@code retour db restore FILE}. */
    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Replace the corpus with the backup in FILE, then rebuild the search index.")
    static final class Restore implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FILE")
        Path file;

        @Mixin
        DbOptions db;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = db.open()) {
                long rows = Backups.restore(store, file.toAbsolutePath());
                spec.commandLine().getOut().printf(Locale.ROOT, "restored %,d rows into %s from %s%n", rows,
                        store.location().describe(), file);
            }
            return ExitCodes.OK;
        }
    }
}
