package org.retour.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.retour.store.db.Dialect;

/**
 * The LSH buckets a writer stores: new documents' buckets go into the small table {@code lsh_recent},
 * which is moved into {@code lsh_buckets} in key order, inside the transaction of the batch that fills
 * it past {@link #MERGE_ROWS} rows.
 *
 * <p>Design decision: bucket keys are hashes, so the buckets of a batch land on pages all over a large
 * {@code lsh_buckets}; inserted batch by batch, each transaction of a corpus of 100,000 articles changed
 * about as many of its pages as it inserted rows, and each changed page is written to the log and back.
 * Kept in a table that stays small, a batch's buckets change few pages, and a merge in key order changes
 * each page of {@code lsh_buckets} at most once for tens of thousands of rows. Lookups read both tables
 * ({@link BatchLookup}), so the split is invisible to duplicate detection; a crash keeps the two tables
 * as the last committed transaction left them.
 *
 * <p>Use from the writer's thread only.
 */
final class RecentBuckets {

    /** How many rows {@code lsh_recent} takes before they are moved: the buckets of 4,096 documents. */
    static final int MERGE_ROWS = 65_536;

    private static final String MERGE_SQLITE = "INSERT INTO lsh_buckets (bucket, document_id) "
            + "SELECT bucket, document_id FROM lsh_recent ORDER BY bucket, document_id";
    // in PostgreSQL another writer may add rows meanwhile: move exactly the rows deleted
    private static final String MERGE_POSTGRESQL = "WITH moved AS (DELETE FROM lsh_recent RETURNING bucket, document_id) "
            + "INSERT INTO lsh_buckets (bucket, document_id) SELECT bucket, document_id FROM moved ORDER BY bucket, document_id";

    private final Statements statements;
    private final Dialect dialect;
    private final RowInserter rows;
    private final int mergeRows;
    /** Rows in {@code lsh_recent} as of the last committed batch, or -1 when to be counted. */
    private long held = -1;

    /** Buckets written through {@code statements}, moved once {@code mergeRows} are held. */
    RecentBuckets(Statements statements, Dialect dialect, int mergeRows) {
        if (mergeRows < 1) {
            throw new IllegalArgumentException("mergeRows must be positive: " + mergeRows);
        }
        this.statements = statements;
        this.dialect = dialect;
        this.mergeRows = mergeRows;
        this.rows = new RowInserter(statements, "lsh_recent", "bucket", "document_id");
    }

    /** Adds a bucket of a document stored in the current transaction. */
    void add(long bucket, long documentId) {
        rows.add(bucket, documentId);
    }

    /**
     * Sends the buckets added in this transaction and, when {@code lsh_recent} then holds
     * {@link #MERGE_ROWS} rows or more, moves them all into {@code lsh_buckets}.
     */
    void execute() {
        long now = count() + rows.size();
        rows.execute();
        if (now >= mergeRows) {
            merge();
            now = 0;
        }
        held = now;
    }

    /** Forgets the buckets not sent, after the transaction failed: the count is read again next time. */
    void discard() {
        rows.discard();
        held = -1;
    }

    private long count() {
        if (held >= 0) {
            return held;
        }
        try (ResultSet rs = statements.get("SELECT COUNT(*) FROM lsh_recent").executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw Statements.failed(e);
        }
    }

    private void merge() {
        try {
            if (dialect == Dialect.POSTGRESQL) {
                statements.get(MERGE_POSTGRESQL).executeUpdate();
            } else {
                statements.get(MERGE_SQLITE).executeUpdate();
                statements.get("DELETE FROM lsh_recent").executeUpdate();
            }
        } catch (SQLException e) {
            throw Statements.failed(e);
        }
    }
}
