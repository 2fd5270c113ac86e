package org.retour.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.retour.store.StoreException;
import org.retour.store.StoreLocation;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Opens the database of a {@link StoreLocation} and migrates its schema with Flyway: SQLite in WAL mode
 * with foreign keys on, or PostgreSQL.
 */
public final class Databases {

    private static final String MIGRATIONS = "classpath:org/retour/store/migration";

    private Databases() {
    }

    /** The dialect of a location's database. */
    public static Dialect dialect(StoreLocation location) {
        return location instanceof StoreLocation.Postgres ? Dialect.POSTGRESQL : Dialect.SQLITE;
    }

    /** A data source for {@code location}; a SQLite file's directory is created if missing. */
    public static DataSource dataSource(StoreLocation location) {
        return switch (location) {
            case StoreLocation.Sqlite s -> sqlite(s.file());
            case StoreLocation.Postgres p -> {
                PGSimpleDataSource ds = new PGSimpleDataSource();
                ds.setUrl(p.url());
                // batches go to the server as multi-row inserts, not one statement a row
                ds.setReWriteBatchedInserts(true);
                yield ds;
            }
        };
    }

    private static DataSource sqlite(Path file) {
        try {
            Path dir = file.getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the directory of " + file + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        // 128 MB of page cache: the indexes written at random places (input keys, text hashes, LSH
        // buckets) of a corpus of 100,000 articles stay in memory
        config.setCacheSize(-131_072);
        // statement journals in memory: a multi-row insert inside a transaction keeps the pages it
        // changes until it completes, which otherwise goes to a temporary file page by page
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        // pages read through a memory map rather than read() calls: the index lookups of a large corpus
        config.setPragma(SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(256L << 20));
        // ids come back through RETURNING; otherwise the driver runs a query for the last row id after
        // every insert, preparing it anew each time
        config.setGetGeneratedKeys(false);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    /** The WAL size, in pages, from which a SQLite writer copies it back into the database. */
    public static final int WAL_CHECKPOINT_PAGES = 16_384;

    /**
     * Sets up the connection of a store's writer: in SQLite, the write-ahead log grows to
     * {@value #WAL_CHECKPOINT_PAGES} pages (64 MB) before it is copied back into the database, not
     * 1,000 (4 MB, the default).
     *
     * <p>Design decision: a transaction of a few hundred articles changes pages all over the indexes
     * with random keys (LSH buckets, text hashes), which a checkpoint after every transaction wrote to
     * the database each time; with a larger log each such page is written back once per several
     * transactions. A crash still loses no committed transaction: the log is replayed on opening.
     */
    public static void prepareWriter(java.sql.Connection c, Dialect dialect) {
        if (dialect != Dialect.SQLITE) {
            return;
        }
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = " + WAL_CHECKPOINT_PAGES);
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot set up the database connection: " + e.getMessage(), e);
        }
    }

    /** Brings the schema up to date; returns how many migrations ran. */
    public static int migrate(DataSource ds, Dialect dialect) {
        Flyway flyway = Flyway.configure()
                .dataSource(ds)
                .locations(MIGRATIONS)
                .placeholders(Map.of("id", dialect.identityColumn(), "without_rowid", dialect.withoutRowid()))
                .loggers("slf4j")
                .load();
        return flyway.migrate().migrationsExecuted;
    }
}
