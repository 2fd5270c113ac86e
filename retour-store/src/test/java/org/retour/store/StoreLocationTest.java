package org.retour.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    @Test
    void aPlainPathIsASqliteFileWithItsIndexBeside() {
        StoreLocation l = StoreLocation.parse("data/corpus.db");
        assertThat(l).isInstanceOf(StoreLocation.Sqlite.class);
        assertThat(l.indexDirectory()).isEqualTo(Path.of("data/corpus.db.index").toAbsolutePath().normalize());
        assertThat(StoreLocation.parse("jdbc:sqlite:x.db")).isEqualTo(StoreLocation.parse("x.db"));
    }

    @Test
    void aPostgresUrlHidesItsPasswordAndNamesItsIndexAfterTheDatabase() {
        StoreLocation l = StoreLocation.parse("jdbc:postgresql://db.example:5432/retour?user=ana&password=s3cret");
        assertThat(l).isInstanceOf(StoreLocation.Postgres.class);
        assertThat(l.describe()).doesNotContain("s3cret").contains("password=***");
        assertThat(l.indexDirectory().getFileName().toString()).isEqualTo("retour.index");
        assertThat(l.withIndex(Path.of("/tmp/i")).indexDirectory()).isEqualTo(Path.of("/tmp/i"));
    }

    @Test
    void otherDatabasesAreRefusedWithAHint() {
        assertThatThrownBy(() -> StoreLocation.parse("jdbc:mysql://x/y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }
}
