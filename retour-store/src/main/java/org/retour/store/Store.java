package org.retour.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.retour.store.db.Databases;
import org.retour.store.db.Dialect;
import org.retour.store.index.CorpusIndex;

/**
 * A corpus: the database (SQLite or PostgreSQL, schema migrated on open) and the Lucene index beside
 * it, which opening brings back in line with the database after a crash.
 *
 * <p>Open one store per process and close it. The index allows one process at a time.
 */
public final class Store implements AutoCloseable {

    private final StoreLocation location;
    private final Dialect dialect;
    private final Jdbi jdbi;
    private final CorpusIndex index;
    private final String instanceId;
    private final int reconciled;
    private Handle reads;

    private Store(StoreLocation location, boolean shared) {
        this.location = location;
        this.dialect = Databases.dialect(location);
        DataSource ds = Databases.dataSource(location);
        try {
            Databases.migrate(ds, dialect);
        } catch (RuntimeException e) {
            throw new StoreException("cannot open the database " + location.describe() + ": " + rootMessage(e), e);
        }
        this.jdbi = Jdbi.create(ds);
        this.instanceId = jdbi.withHandle(h -> {
            h.execute("INSERT INTO store_info (name, value) VALUES ('instance', ?) ON CONFLICT (name) DO NOTHING",
                    UUID.randomUUID().toString());
            return h.createQuery("SELECT value FROM store_info WHERE name = 'instance'").mapTo(String.class).one();
        });
        CorpusIndex opened;
        try {
            opened = CorpusIndex.open(location.indexDirectory());
        } catch (CorpusIndex.IndexInUseException e) {
            if (!shared) {
                throw e;
            }
            opened = CorpusIndex.openReadOnly(location.indexDirectory());
        }
        this.index = opened;
        try {
            this.reconciled = index.readOnly() ? 0 : reconcile();
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
    }

    /** Opens the corpus at {@code location} for writing, creating and migrating it as needed. */
    public static Store open(StoreLocation location) {
        return open(location, false);
    }

    /**
     * Opens the corpus for reading: as {@link #open} when no other process writes it, else with the
     * search index as last committed by the writing process.
     */
    public static Store openForReading(StoreLocation location) {
        if (location instanceof StoreLocation.Sqlite s && !java.nio.file.Files.exists(s.file())) {
            throw new StoreException("no corpus at " + s.file() + " (ingest into it first, or give --db)");
        }
        return open(location, true);
    }

    private static Store open(StoreLocation location, boolean shared) {
        try {
            return new Store(location, shared);
        } catch (JdbiException e) {
            throw new StoreException("database error on " + location.describe() + ": " + rootMessage(e), e);
        }
    }

    /** Where the corpus lives. */
    public StoreLocation location() {
        return location;
    }

    /** The database's dialect. */
    public Dialect dialect() {
        return dialect;
    }

    /** Database access. */
    public Jdbi jdbi() {
        return jdbi;
    }

    /** The search index. */
    public CorpusIndex index() {
        return index;
    }

    /** The random id this database was given when created, which the index records. */
    public String instanceId() {
        return instanceId;
    }

    /** How many index entries opening added or removed to match the database. */
    public int reconciled() {
        return reconciled;
    }

    /** A writer with its own connection; close it when done. */
    public StoreWriter writer() {
        Handle h = jdbi.open();
        return new StoreWriter(this, h, maxId(h));
    }

    /**
     * Runs {@code work} on the store's one reading connection, opened on first use and kept, so that
     * repeated queries (searches) do not pay for a new connection each; one caller at a time.
     */
    public synchronized <T> T read(org.jdbi.v3.core.HandleCallback<T, RuntimeException> work) {
        if (reads == null || reads.isClosed()) {
            reads = jdbi.open();
        }
        return work.withHandle(reads);
    }

    /** Read-only views: counts, quotes, figures, search. */
    public CorpusReports reports() {
        return new CorpusReports(this);
    }

    /** Rebuilds the search index from the database; returns the number of documents indexed. */
    public int reindex() {
        index.clear();
        int n = jdbi.withHandle(h -> {
            long max = maxId(h);
            List<Long> ids = canonicalIds(h, 0, max);
            for (long id : ids) {
                index.addNew(IndexedDocuments.load(h, id));
            }
            index.commit(instanceId, max);
            return ids.size();
        });
        return n;
    }

    private int reconcile() {
        var data = index.lastCommitData();
        return jdbi.withHandle(h -> {
            long max = maxId(h);
            long watermark;
            int changes = 0;
            if (!instanceId.equals(data.get(CorpusIndex.INSTANCE))) {
                if (index.count() > 0) {
                    index.clear();
                    changes++;
                }
                watermark = 0;
            } else {
                watermark = Long.parseLong(data.getOrDefault(CorpusIndex.WATERMARK, "0"));
                long expected = h.createQuery("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NULL AND id <= ?")
                        .bind(0, watermark).mapTo(Long.class).one();
                if (index.count() != expected) {
                    changes += repair(h, watermark);
                }
            }
            for (long id : canonicalIds(h, watermark, max)) {
                index.add(IndexedDocuments.load(h, id));
                changes++;
            }
            if (changes > 0 || watermark != max) {
                index.commit(instanceId, max);
            }
            return changes;
        });
    }

    private int repair(Handle h, long watermark) {
        Set<Long> inIndex = new HashSet<>();
        index.forEachId(inIndex::add);
        Set<Long> inDb = new HashSet<>(canonicalIds(h, 0, watermark));
        List<Long> extra = new ArrayList<>();
        for (long id : inIndex) {
            if (!inDb.contains(id)) {
                extra.add(id);
            }
        }
        index.delete(extra);
        int changes = extra.size();
        for (long id : inDb) {
            if (!inIndex.contains(id)) {
                index.add(IndexedDocuments.load(h, id));
                changes++;
            }
        }
        return changes;
    }

    private static List<Long> canonicalIds(Handle h, long after, long upTo) {
        return h.createQuery("SELECT id FROM documents WHERE duplicate_of IS NULL AND id > ? AND id <= ? ORDER BY id")
                .bind(0, after).bind(1, upTo).mapTo(Long.class).list();
    }

    static long maxId(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(id), 0) FROM documents").mapTo(Long.class).one();
    }

    /** The innermost cause's message, on one line. */
    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ").strip();
    }

    /** Closes the reading connection and the index (committed changes are kept). */
    @Override
    public synchronized void close() {
        try {
            if (reads != null) {
                reads.close();
            }
        } finally {
            index.close();
        }
    }
}
