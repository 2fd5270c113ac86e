package org.retour.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The crash test on a real PostgreSQL server, which the killed process reaches over the network. */
class PostgresCrashRecoveryTest extends CrashRecoveryTest {

    private static EmbeddedPostgres server;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @Override
    String freshDatabase() throws Exception {
        return PostgresServers.freshDatabase(server, "crash");
    }

    @Override
    Connection connect(String db) throws Exception {
        return DriverManager.getConnection(db);
    }
}
