package org.retour.store.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.retour.store.StoreException;

/**
 * The Lucene index of a corpus: one entry per canonical document, with per-language text fields and
 * fields for language, outlet, date, speaker, voice, codes and country.
 *
 * <p>Each commit records the database it mirrors and the highest document id it covers, so that the
 * store can bring it up to date after a crash. One writer per directory (Lucene's lock enforces it);
 * thread-safe.
 */
public final class CorpusIndex implements AutoCloseable {

    /** Commit data: the id of the database this index mirrors. */
    public static final String INSTANCE = "retour.instance";
    /** Commit data: the highest document id the commit covers. */
    public static final String WATERMARK = "retour.watermark";

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, String> lastCommit;
    private volatile CorpusDocuments documents;

    private CorpusIndex(Path path, boolean readOnly) throws IOException {
        this.path = path;
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        this.lastCommit = DirectoryReader.indexExists(directory)
                ? Map.copyOf(SegmentInfos.readLatestCommit(directory).getUserData()) : Map.of();
        this.analyzer = LanguageAnalyzers.perField();
        if (readOnly) {
            this.writer = null;
            this.searchers = new SearcherManager(directory, null);
            this.documents = null;
            return;
        }
        // segments stay as flushed and merged, not copied once more into one compound file each
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(128)
                .setUseCompoundFile(false)
                .setCommitOnClose(false);
        config.getMergePolicy().setNoCFSRatio(0);
        IndexWriter w = new IndexWriter(directory, config);
        this.writer = w;
        try {
            this.searchers = new SearcherManager(w, null);
            this.documents = CorpusDocuments.matching(surfaceField());
        } catch (IOException | RuntimeException e) {
            w.rollback();
            throw e;
        }
    }

    private FieldInfo surfaceField() {
        return withSearcher(s -> FieldInfos.getMergedFieldInfos(s.getIndexReader()).fieldInfo(LanguageAnalyzers.SURFACE));
    }

    /** Whether the surface field keeps positions, as in an index written before they were dropped; false for searching only. */
    public boolean surfacePositions() {
        return documents != null && documents.surfacePositions();
    }

    /** Opens (or creates) the index in {@code path} for writing; one process at a time. */
    public static CorpusIndex open(Path path) {
        try {
            return new CorpusIndex(path, false);
        } catch (org.apache.lucene.store.LockObtainFailedException e) {
            throw new IndexInUseException("the search index " + path + " is in use by another retour process", e);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index " + path + ": " + e.getMessage(), e);
        }
    }

    /** Opens the last commit of an existing index in {@code path} for searching only (while another process writes). */
    public static CorpusIndex openReadOnly(Path path) {
        try {
            if (!Files.isDirectory(path) || !DirectoryReader.indexExists(FSDirectory.open(path))) {
                throw new StoreException("the search index " + path + " is being created by another retour process; "
                        + "try again when it has committed");
            }
            return new CorpusIndex(path, true);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index " + path + ": " + e.getMessage(), e);
        }
    }

    /** The index is held by another process's writer. */
    public static final class IndexInUseException extends StoreException {
        IndexInUseException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Whether this index was opened for searching only. */
    public boolean readOnly() {
        return writer == null;
    }

    private IndexWriter writer() {
        if (writer == null) {
            throw new StoreException("the search index " + path + " is open for searching only "
                    + "(another retour process is writing it)");
        }
        return writer;
    }

    /** The directory of the index. */
    public Path path() {
        return path;
    }

    /** The analyzer of the fields, for query parsing and highlighting. */
    public Analyzer analyzer() {
        return analyzer;
    }

    /** The commit data of the last commit when the index was opened (empty for a new index). */
    public Map<String, String> lastCommitData() {
        return lastCommit;
    }

    /** Adds (or replaces) one document. */
    public void add(IndexedDocument d) {
        try {
            writer().deleteDocuments(LongField.newExactQuery(CorpusFields.ID, d.id()));
            writer().addDocument(documents.of(d));
        } catch (IOException e) {
            throw new StoreException("cannot add to the search index: " + e.getMessage(), e);
        }
    }

    /**
     * Adds a document whose id the index cannot hold yet (a document stored after the index was last
     * brought in line with the database), without first removing an older entry of that id, which
     * costs a query against every segment when changes are flushed.
     */
    public void addNew(IndexedDocument d) {
        try {
            writer().addDocument(documents.of(d));
        } catch (IOException e) {
            throw new StoreException("cannot add to the search index: " + e.getMessage(), e);
        }
    }

    /** Removes the documents with these ids. */
    public void delete(List<Long> ids) {
        try {
            for (long id : ids) {
                writer().deleteDocuments(LongField.newExactQuery(CorpusFields.ID, id));
            }
        } catch (IOException e) {
            throw new StoreException("cannot delete from the search index: " + e.getMessage(), e);
        }
    }

    /** Removes every document; the entries added next are indexed as a new index's. */
    public void clear() {
        try {
            writer().deleteAll();
            documents = CorpusDocuments.matching(null);
        } catch (IOException e) {
            throw new StoreException("cannot clear the search index: " + e.getMessage(), e);
        }
    }

    /** Makes the changes durable, recording the database instance and the highest id covered. */
    public void commit(String instance, long watermark) {
        Map<String, String> data = new HashMap<>();
        data.put(INSTANCE, instance);
        data.put(WATERMARK, Long.toString(watermark));
        writer().setLiveCommitData(data.entrySet());
        try {
            writer().commit();
        } catch (IOException e) {
            throw new StoreException("cannot commit the search index: " + e.getMessage(), e);
        }
    }

    /** The number of documents, counting changes not yet committed. */
    public int count() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Calls {@code sink} with the id of every document. */
    public void forEachId(LongConsumer sink) {
        withSearcher(s -> {
            for (LeafReaderContext ctx : s.getIndexReader().leaves()) {
                LeafReader leaf = ctx.reader();
                Bits live = leaf.getLiveDocs();
                SortedNumericDocValues ids = leaf.getSortedNumericDocValues(CorpusFields.ID);
                if (ids == null) {
                    continue;
                }
                for (int doc = ids.nextDoc(); doc != SortedNumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        sink.accept(ids.nextValue());
                    }
                }
            }
            return null;
        });
    }

    /** The ids and scores of the best {@code limit} documents for {@code query}, best first. */
    public List<Scored> search(Query query, int limit) {
        return withSearcher(s -> {
            TopDocs top = s.search(query, Math.max(1, limit));
            List<Scored> out = new ArrayList<>(top.scoreDocs.length);
            var stored = s.storedFields();
            for (ScoreDoc sd : top.scoreDocs) {
                long id = stored.document(sd.doc).getField(CorpusFields.ID).numericValue().longValue();
                out.add(new Scored(id, sd.score));
            }
            return out;
        });
    }

    /** The number of documents matching {@code query}. */
    public int countMatches(Query query) {
        return withSearcher(s -> s.count(query));
    }

    /** A document id with its score. */
    public record Scored(long id, float score) {
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> f) {
        try {
            searchers.maybeRefreshBlocking();
            IndexSearcher s = searchers.acquire();
            try {
                return f.apply(s);
            } finally {
                searchers.release(s);
            }
        } catch (IOException e) {
            throw new StoreException("cannot read the search index: " + e.getMessage(), e);
        }
    }

    /** The size of the index's files in bytes. */
    public long sizeBytes() {
        try (var files = Files.list(path)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Closes without committing: uncommitted changes are lost, as after a crash. */
    @Override
    public void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
            }
            directory.close();
        } catch (IOException e) {
            throw new StoreException("cannot close the search index: " + e.getMessage(), e);
        }
    }
}
