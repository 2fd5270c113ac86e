package org.retour.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;

/** Helpers for tests on an embedded PostgreSQL server. */
final class PostgresServers {

    private PostgresServers() {
    }

    /** Creates an empty database and returns its JDBC URL with credentials. */
    static String freshDatabase(EmbeddedPostgres server, String name) throws Exception {
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return server.getJdbcUrl("postgres", name) + "&password=postgres";
    }
}
