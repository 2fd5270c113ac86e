package org.retour.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retour.model.Figure;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/** Several documents stored in one transaction, on a real SQLite file. */
class StoreWriterBatchTest {

    private static final List<String> TABLES = List.of("sources", "documents", "lsh_buckets", "lsh_recent", "sentences",
            "entities", "entity_aliases", "mentions", "speakers", "quotes", "figures", "dates", "codebooks", "codes",
            "coders", "codings");

    @TempDir
    Path tmp;

    private static List<NewDocument> documents() {
        Analysis copy = Fixtures.plain(Fixtures.FRENCH, "fr", null, "Le Monde");
        return List.of(
                NewDocument.of("test", "afp", Fixtures.french()),
                NewDocument.of("test", "spiegel", Fixtures.german()),
                NewDocument.of("test", "lemonde", copy),
                NewDocument.of("test", "afp", Fixtures.french()),
                NewDocument.of("test", "bbc", Fixtures.plain(Fixtures.ENGLISH, "en", LocalDate.of(2017, 5, 1), "BBC")),
                NewDocument.of("test", "akhbar", Fixtures.plain(Fixtures.ARABIC, "ar", null, "Al Akhbar")));
    }

    /** A document whose figure has a lower bound above its upper bound, which the schema refuses. */
    private static NewDocument refused() {
        String text = "Officials in Brussels counted between 10 and 1 returnees, a figure no one could explain.";
        Figure wrong = new Figure(new Span(0, 9), "Officials", 5, 10.0, 1.0, false, null, null, null, null);
        return NewDocument.of("test", "wrong", Fixtures.plain(text, "en", null, "Le Soir").with(Layers.FIGURES, List.of(wrong)));
    }

    private Store open(String name) {
        return Store.open(new StoreLocation.Sqlite(tmp.resolve(name), null));
    }

    @Test
    void aBatchStoresTheSameRowsAsOneTransactionPerDocument() {
        List<SaveOutcome> batched;
        List<SaveOutcome> single = new ArrayList<>();
        List<String> batchedRows;
        try (Store store = open("batch.db")) {
            try (StoreWriter w = store.writer()) {
                batched = w.saveAll(documents());
            }
            batchedRows = rows(store);
            assertThat(store.index().count()).isEqualTo(4);
        }
        try (Store store = open("single.db")) {
            try (StoreWriter w = store.writer()) {
                for (NewDocument d : documents()) {
                    single.add(w.save(d));
                }
            }
            assertThat(rows(store)).isEqualTo(batchedRows);
        }
        assertThat(batched).isEqualTo(single);
        long afp = batched.get(0).id();
        assertThat(batched.get(0)).isInstanceOf(SaveOutcome.Stored.class);
        assertThat(batched.get(1)).isInstanceOf(SaveOutcome.Stored.class);
        assertThat(batched.get(2)).isEqualTo(new SaveOutcome.Duplicate(batched.get(2).id(), afp, "exact", 1.0));
        assertThat(batched.get(3)).isEqualTo(new SaveOutcome.Unchanged(afp));
        assertThat(batched.get(4)).isInstanceOf(SaveOutcome.Stored.class);
        assertThat(batched.get(5)).isInstanceOf(SaveOutcome.Stored.class);
        assertThat(batchedRows).filteredOn(r -> r.startsWith("documents|")).hasSize(5);
        assertThat(batchedRows).filteredOn(r -> r.startsWith("quotes|")).hasSize(3);
        assertThat(batchedRows).filteredOn(r -> r.startsWith("codings|")).hasSize(3);
        assertThat(batchedRows).filteredOn(r -> r.startsWith("lsh_recent|")).hasSize(4 * 16);
    }

    /** Forty distinct documents with the French fixture's analysis: more rows a table than one statement takes. */
    private static List<NewDocument> many() {
        java.util.SplittableRandom rnd = new java.util.SplittableRandom(1);
        List<NewDocument> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long[] v = new long[org.retour.store.dedupe.MinHasher.DEFAULT.size()];
            for (int k = 0; k < v.length; k++) {
                v[k] = rnd.nextLong() >>> 32;
            }
            out.add(new NewDocument("test", "doc" + i, Fixtures.french(), "hash" + i,
                    new org.retour.store.dedupe.Signature(v)));
        }
        return out;
    }

    @Test
    void rowsSentInSeveralStatementsPointToTheIdsOfTheirOwnDocument() {
        List<String> batchedRows;
        try (Store store = open("batch.db")) {
            try (StoreWriter w = store.writer()) {
                assertThat(w.saveAll(many())).allMatch(o -> o instanceof SaveOutcome.Stored);
            }
            batchedRows = rows(store);
            assertThat(count(store, "entities")).isGreaterThan(2 * RowInserter.MAX_ROWS);
            assertThat(count(store, "quotes")).isGreaterThan(RowInserter.MAX_ROWS);
            long linked = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM quotes q "
                    + "JOIN quotes p ON p.id = q.parent_id JOIN speakers s ON s.id = p.speaker_id "
                    + "JOIN entities e ON e.id = s.entity_id JOIN mentions m ON m.entity_id = e.id "
                    + "WHERE p.document_id = q.document_id AND s.document_id = q.document_id "
                    + "AND e.document_id = q.document_id AND e.local_id = 'P1' AND m.text = 'Didier Le Bret'")
                    .mapTo(Long.class).one());
            assertThat(linked).isEqualTo(40);
        }
        try (Store store = open("single.db")) {
            try (StoreWriter w = store.writer()) {
                for (NewDocument d : many()) {
                    w.save(d);
                }
            }
            assertThat(rows(store)).isEqualTo(batchedRows);
        }
    }

    @Test
    void aRefusedDocumentStoresNothingOfItsBatchAndKeepsEarlierBatches() {
        List<NewDocument> docs = documents();
        try (Store store = open("corpus.db")) {
            List<String> before;
            try (StoreWriter w = store.writer()) {
                w.saveAll(docs.subList(0, 2));
                before = rows(store);
                assertThatThrownBy(() -> w.saveAll(List.of(docs.get(4), refused(), docs.get(5))))
                        .isInstanceOf(StoreWriter.RefusedException.class)
                        .hasMessageContaining("CHECK constraint failed");
                assertThat(rows(store)).isEqualTo(before);
                w.commitIndex();
                assertThat(store.index().count()).isEqualTo(2);
                List<SaveOutcome> rest = w.saveAll(List.of(docs.get(4), docs.get(5)));
                assertThat(rest).allMatch(o -> o instanceof SaveOutcome.Stored);
            }
            assertThat(count(store, "documents")).isEqualTo(4);
            assertThat(count(store, "figures")).isEqualTo(1);
            assertThat(store.index().count()).isEqualTo(4);
        }
        try (Store store = open("corpus.db")) {
            assertThat(store.reconciled()).isZero();
            assertThat(store.index().count()).isEqualTo(4);
        }
    }

    private static long count(Store store, String table) {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    /** Every row of every corpus table as {@code table|value|value…}, in id order, times of writing left out. */
    private static List<String> rows(Store store) {
        return TableRows.of(store, TABLES);
    }
}
