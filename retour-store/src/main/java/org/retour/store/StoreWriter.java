package org.retour.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.retour.model.DetectedLanguage;
import org.retour.model.Document;
import org.retour.model.PublicationDate;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.store.dedupe.MinHasher;
import org.retour.store.dedupe.Signature;
import org.retour.store.index.IndexedDocument;

/**
 * Stores documents, one transaction for each call: a document already stored from the same input is
 * left as it is, an exact or near copy is linked to its first copy, anything else is stored with its whole
 * analysis and added to the search index by the writer's index thread.
 *
 * <p>Holds one database connection and an index thread: use from one thread, and close it, which
 * waits for the index thread and commits the index.
 */
public final class StoreWriter implements AutoCloseable {

    /** The estimated similarity from which a document counts as a near copy. */
    public static final double NEAR_THRESHOLD = 0.8;

    private final Store store;
    private final Handle handle;
    private final MinHasher hasher = MinHasher.DEFAULT;
    private long watermark;
    private final java.util.Map<String, Long> sources = new java.util.HashMap<>();
    private final Statements statements;
    private final AnalysisWriter analysis;
    private final RecentBuckets buckets;
    private final IndexFeeder feeder;

    StoreWriter(Store store, Handle handle, long watermark) {
        this(store, handle, watermark, RecentBuckets.MERGE_ROWS);
    }

    /** A writer whose recent LSH buckets are merged once {@code mergeRows} are held. */
    StoreWriter(Store store, Handle handle, long watermark, int mergeRows) {
        this.store = store;
        this.handle = handle;
        this.watermark = watermark;
        this.statements = new Statements(handle.getConnection());
        org.retour.store.db.Databases.prepareWriter(handle.getConnection(), store.dialect());
        this.analysis = new AnalysisWriter(statements);
        this.buckets = new RecentBuckets(statements, store.dialect(), mergeRows);
        this.feeder = new IndexFeeder(store.index(), store.instanceId());
    }

    /** Stores one document in its own transaction and indexes it when new. */
    public SaveOutcome save(NewDocument d) {
        return saveAll(List.of(d)).get(0);
    }

    /**
     * Stores documents in one transaction, in order, as {@link #save} would one by one: either all of
     * them are stored or, on an error, none. The new ones are handed to the index thread once the
     * transaction committed: they are searchable in this process after the next call, or after
     * {@link #commitIndex}, and in others after the next index commit.
     *
     * @return the outcome of each document, in order
     */
    public List<SaveOutcome> saveAll(List<NewDocument> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        List<IndexedDocument> pending = new ArrayList<>();
        List<SaveOutcome> outcomes;
        try {
            outcomes = handle.inTransaction(h -> {
                List<SaveOutcome> out = new ArrayList<>(documents.size());
                List<AnalysisWriter.Stored> stored = new ArrayList<>();
                List<long[]> keys = new ArrayList<>(documents.size());
                Set<String> inputKeys = new LinkedHashSet<>();
                Set<String> hashes = new LinkedHashSet<>();
                for (NewDocument d : documents) {
                    keys.add(hasher.bandKeys(d.signature()));
                    inputKeys.add(d.inputKey());
                    hashes.add(d.textHash());
                }
                BatchLookup lookup = new BatchLookup(statements, inputKeys, hashes, BatchLookup.distinct(keys));
                for (int i = 0; i < documents.size(); i++) {
                    out.add(saveInTransaction(h, documents.get(i), keys.get(i), lookup, stored, pending));
                }
                buckets.execute();
                analysis.writeAll(h, stored);
                return out;
            });
        } catch (RuntimeException e) {
            sources.clear();
            buckets.discard();
            analysis.discard();
            if (refused(e)) {
                throw new RefusedException(Store.rootMessage(e), e);
            }
            throw e;
        }
        for (SaveOutcome o : outcomes) {
            watermark = Math.max(watermark, o.id());
        }
        feeder.add(pending, watermark);
        return outcomes;
    }

    /**
     * The database refused a document of the batch: a check or another constraint failed on its rows,
     * so the document is at fault, not the store. Nothing of the batch was stored.
     */
    public static final class RefusedException extends StoreException {
        RefusedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether {@code e} comes from a constraint the database checked (SQL state class 23, SQLite's CONSTRAINT codes). */
    static boolean refused(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.sqlite.SQLiteException q && (q.getResultCode().code & 0xff) == 19) {
                return true;
            }
            if (t instanceof java.sql.SQLException q && q.getSQLState() != null && q.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    /** Makes the index durable up to the last stored document, once the index thread has added it. */
    public void commitIndex() {
        feeder.commit(watermark);
    }

    private SaveOutcome saveInTransaction(Handle h, NewDocument d, long[] keys, BatchLookup lookup,
                                          List<AnalysisWriter.Stored> stored, List<IndexedDocument> pending) {
        Long existing = lookup.byInputKey(d.inputKey());
        if (existing != null) {
            return new SaveOutcome.Unchanged(existing);
        }
        Long cached = sources.get(d.source());
        long source = cached != null ? cached : sourceId(h, d.source());
        sources.put(d.source(), source);
        Long exact = lookup.canonicalByHash(d.textHash());
        if (exact != null) {
            long id = insertDocument(source, d, exact, "exact", 1.0);
            lookup.stored(id, d.inputKey(), d.textHash(), false, keys, d.signature());
            return new SaveOutcome.Duplicate(id, exact, "exact", 1.0);
        }
        Near near = nearest(lookup, keys, d.signature());
        if (near != null) {
            long id = insertDocument(source, d, near.id, "near", near.similarity);
            lookup.stored(id, d.inputKey(), d.textHash(), false, keys, d.signature());
            return new SaveOutcome.Duplicate(id, near.id, "near", near.similarity);
        }
        long id = insertDocument(source, d, null, null, null);
        lookup.stored(id, d.inputKey(), d.textHash(), true, keys, d.signature());
        pending.add(IndexedDocuments.fromAnalysis(id, d.analysis(), language(d).code(), published(d)));
        for (long k : java.util.Arrays.stream(keys).distinct().toArray()) {
            buckets.add(k, id);
        }
        stored.add(new AnalysisWriter.Stored(id, d.analysis()));
        return new SaveOutcome.Stored(id);
    }

    private record Near(long id, double similarity) {
    }

    /** The most similar canonical document sharing a bucket, the first by id among equals, if near enough. */
    private static Near nearest(BatchLookup lookup, long[] keys, Signature signature) {
        if (keys.length == 0) {
            return null;
        }
        Near best = null;
        for (Map.Entry<Long, Signature> c : lookup.candidates(keys).entrySet()) {
            double sim = signature.similarity(c.getValue());
            if (sim >= NEAR_THRESHOLD && (best == null || sim > best.similarity)) {
                best = new Near(c.getKey(), sim);
            }
        }
        return best;
    }

    private static final String INSERT_DOCUMENT = "INSERT INTO documents (source_id, input_key, uri, title, outlet, "
            + "published, published_inferred, language, language_confidence, language_declared, text, text_hash, chars, "
            + "ingested_at, duplicate_of, duplicate_kind, similarity, minhash) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

    private long insertDocument(long source, NewDocument d, Long duplicateOf, String kind, Double similarity) {
        Analysis a = d.analysis();
        Document doc = a.document();
        DetectedLanguage lang = language(d);
        PublicationDate pub = a.find(Layers.PUBLICATION).orElse(new PublicationDate(doc.published(), false));
        LocalDate published = published(d);
        Object[] values = {source, d.inputKey(), doc.source().uri(), doc.source().title(), doc.source().outlet(),
                published == null ? null : published.toString(), pub.date() != null && pub.inferred(), lang.code(),
                lang.confidence(), lang.declared(), doc.text(), d.textHash(), doc.text().length(),
                Instant.now().toString(), duplicateOf, kind, similarity,
                duplicateOf != null || d.signature().isEmpty() ? null : d.signature().encode()};
        java.sql.PreparedStatement p = statements.get(INSERT_DOCUMENT);
        try {
            for (int i = 0; i < values.length; i++) {
                RowInserter.bind(p, i + 1, values[i]);
            }
            try (java.sql.ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (java.sql.SQLException e) {
            throw Statements.failed(e);
        }
    }

    private static DetectedLanguage language(NewDocument d) {
        Document doc = d.analysis().document();
        return d.analysis().find(Layers.LANGUAGE).orElse(new DetectedLanguage(
                doc.language() == null ? DetectedLanguage.UNDETERMINED : doc.language(), doc.language() == null ? 0 : 1,
                doc.language() != null));
    }

    private static LocalDate published(NewDocument d) {
        PublicationDate pub = d.analysis().find(Layers.PUBLICATION).orElse(null);
        return pub != null && pub.date() != null ? pub.date() : d.analysis().document().published();
    }

    private static long sourceId(Handle h, String name) {
        return h.createQuery("SELECT id FROM sources WHERE name = ?").bind(0, name).mapTo(Long.class).findOne()
                .orElseGet(() -> h.createQuery("INSERT INTO sources (name, created_at) VALUES (?, ?) RETURNING id")
                        .bind(0, name).bind(1, Instant.now().toString()).mapTo(Long.class).one());
    }

    /** The writer's connection, for tests. */
    Handle handle() {
        return handle;
    }

    /** Commits the index and releases the connection. */
    @Override
    public void close() {
        try {
            commitIndex();
        } finally {
            feeder.close();
            statements.close();
            handle.close();
        }
    }
}
