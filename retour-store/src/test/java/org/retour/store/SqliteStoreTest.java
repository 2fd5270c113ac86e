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
}
