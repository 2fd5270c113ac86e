package org.retour.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.retour.store.dedupe.Signature;

/**
 * What the database holds of a batch of documents about to be stored (documents from the same
 * inputs, canonical documents with the same text hash, documents sharing an LSH bucket in either bucket
 * table), read with
 * one query per kind and {@value #CHUNK} values, together with the documents the batch has stored so far.
 *
 * <p>Answers as the per-document queries would inside the batch's transaction.
 */
final class BatchLookup {

    private final Map<String, Long> inputKeys = new HashMap<>();
    private final Map<String, Long> canonicalHashes = new HashMap<>();
    private final Map<Long, Map<Long, String>> buckets = new HashMap<>();
    private final Map<Long, Signature> decoded = new HashMap<>();

    /** The most values one lookup query takes; shorter lists are padded by repeating a value. */
    static final int CHUNK = 256;

    /** Reads what the database holds for documents with these input keys, text hashes and band keys. */
    BatchLookup(Statements statements, Collection<String> keys, Collection<String> hashes, Collection<Long> bands) {
        query(statements, "SELECT input_key, id FROM documents WHERE input_key IN ", "", keys,
                rs -> inputKeys.put(rs.getString(1), rs.getLong(2)));
        query(statements, "SELECT text_hash, MIN(id) FROM documents WHERE text_hash IN ",
                " AND duplicate_of IS NULL GROUP BY text_hash", hashes,
                rs -> canonicalHashes.merge(rs.getString(1), rs.getLong(2), Math::min));
        for (String table : List.of("lsh_buckets", "lsh_recent")) {
            query(statements, "SELECT b.bucket, d.id, d.minhash FROM " + table + " b JOIN documents d ON d.id = b.document_id "
                    + "WHERE b.bucket IN ", "", bands, rs -> {
                        String minhash = rs.getString(3);
                        if (minhash != null) {
                            buckets.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), minhash);
                        }
                    });
        }
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Runs {@code head (?, ?, …) tail} over {@code values}, {@link #CHUNK} at a time, through statements
     * prepared once per writer, and hands each row to {@code reader}.
     */
    private static void query(Statements statements, String head, String tail, Collection<?> values, RowReader reader) {
        if (values.isEmpty()) {
            return;
        }
        List<?> all = values instanceof List<?> l ? l : new ArrayList<>(values);
        PreparedStatement p = statements.get(head + "(" + "?, ".repeat(CHUNK - 1) + "?)" + tail);
        try {
            for (int i = 0; i < all.size(); i += CHUNK) {
                for (int k = 0; k < CHUNK; k++) {
                    Object v = all.get(Math.min(i + k, all.size() - 1));
                    if (v instanceof Long n) {
                        p.setLong(k + 1, n);
                    } else {
                        p.setString(k + 1, (String) v);
                    }
                }
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            }
        } catch (SQLException e) {
            throw Statements.failed(e);
        }
    }

    /** The document stored from this input, if any. */
    Long byInputKey(String key) {
        return inputKeys.get(key);
    }

    /** The first canonical document with this text hash, if any. */
    Long canonicalByHash(String hash) {
        return canonicalHashes.get(hash);
    }

    /** The canonical documents sharing a bucket with {@code keys}, by id, with their signatures. */
    TreeMap<Long, Signature> candidates(long[] keys) {
        TreeMap<Long, Signature> out = new TreeMap<>();
        for (long k : keys) {
            Map<Long, String> docs = buckets.get(k);
            if (docs != null) {
                docs.forEach((id, minhash) -> out.computeIfAbsent(id,
                        x -> decoded.computeIfAbsent(x, y -> Signature.decode(minhash))));
            }
        }
        return out;
    }

    /** Records a document the batch stored, so that later documents of the batch find it. */
    void stored(long id, String inputKey, String hash, boolean canonical, long[] keys, Signature signature) {
        inputKeys.put(inputKey, id);
        if (!canonical) {
            return;
        }
        canonicalHashes.putIfAbsent(hash, id);
        if (keys.length > 0) {
            decoded.put(id, signature);
            for (long k : keys) {
                buckets.computeIfAbsent(k, x -> new HashMap<>()).put(id, "");
            }
        }
    }

    /** The band keys of a batch's documents, each once. */
    static List<Long> distinct(List<long[]> keys) {
        List<Long> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (long[] ks : keys) {
            for (long k : ks) {
                if (seen.add(k)) {
                    out.add(k);
                }
            }
        }
        return out;
    }
}
