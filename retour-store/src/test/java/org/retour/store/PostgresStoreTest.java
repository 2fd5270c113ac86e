package org.retour.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The store's behaviour on a real PostgreSQL server, started once for the class; a database per test. */
class PostgresStoreTest extends CorpusStoreTest {

    private static EmbeddedPostgres server;
    private static final AtomicInteger DATABASES = new AtomicInteger();

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    StoreLocation freshLocation(Path dir) throws Exception {
        return new StoreLocation.Postgres(PostgresServers.freshDatabase(server, "corpus" + DATABASES.incrementAndGet()),
                dir.resolve("corpus.index"));
    }
}
