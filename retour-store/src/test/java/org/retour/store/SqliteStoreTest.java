package org.retour.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The store's behaviour on SQLite. */
class SqliteStoreTest extends CorpusStoreTest {

    @Override
    StoreLocation freshLocation(Path dir) {
        return new StoreLocation.Sqlite(dir.resolve("corpus.db"), null);
    }

    @Test
    void sqliteRunsInWalModeWithForeignKeys() {
        String mode = store.jdbi().withHandle(h -> h.createQuery("PRAGMA journal_mode").mapTo(String.class).one());
        int keys = store.jdbi().withHandle(h -> h.createQuery("PRAGMA foreign_keys").mapTo(Integer.class).one());
        assertThat(mode).isEqualToIgnoringCase("wal");
        assertThat(keys).isEqualTo(1);
        assertThat(location.indexDirectory().getFileName().toString()).isEqualTo("corpus.db.index");
    }

    @Test
    void tablesFoundByTheirCompositeKeyAreStoredOnceInThatKeysOrder() {
        for (String table : java.util.List.of("lsh_buckets", "lsh_recent", "sentences", "entity_aliases")) {
            String sql = store.jdbi().withHandle(h -> h.createQuery("SELECT sql FROM sqlite_schema WHERE name = ?")
                    .bind(0, table).mapTo(String.class).one());
            assertThat(sql).as(table).endsWith("WITHOUT ROWID");
        }
        long redundant = store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM sqlite_schema "
                + "WHERE type = 'index' AND name = 'quotes_document'").mapTo(Long.class).one());
        assertThat(redundant).isZero();
    }

    @Test
    void theWriterLetsTheWriteAheadLogReach64MegabytesBeforeCopyingItBack() {
        try (StoreWriter w = store.writer()) {
            int pages = w.handle().createQuery("PRAGMA wal_autocheckpoint").mapTo(Integer.class).one();
            assertThat(pages).isEqualTo(16_384);
            w.save(NewDocument.of("test", "afp", Fixtures.french()));
        }
        int readers = store.jdbi().withHandle(h -> h.createQuery("PRAGMA wal_autocheckpoint").mapTo(Integer.class).one());
        assertThat(readers).isEqualTo(1000);
        assertThat(store.reports().totals().canonical()).isEqualTo(1);
    }
}
