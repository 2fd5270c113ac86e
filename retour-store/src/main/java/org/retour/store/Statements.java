package org.retour.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one writer's connection, each prepared once and kept until the writer
 * closes, so that a statement run for every batch is not parsed again each time.
 */
final class Statements implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared on first use. */
    PreparedStatement get(String sql) {
        PreparedStatement p = prepared.get(sql);
        if (p == null) {
            try {
                p = connection.prepareStatement(sql);
            } catch (SQLException e) {
                throw failed(e);
            }
            prepared.put(sql, p);
        }
        return p;
    }

    /** A one-line store error for a failed statement. */
    static StoreException failed(SQLException e) {
        return new StoreException("database error: " + Store.rootMessage(e), e);
    }

    /** Closes every statement. */
    @Override
    public void close() {
        for (PreparedStatement p : prepared.values()) {
            try {
                p.close();
            } catch (SQLException e) {
                // the connection closes next
            }
        }
        prepared.clear();
    }
}
