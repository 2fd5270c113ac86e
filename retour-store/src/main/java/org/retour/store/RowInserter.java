package org.retour.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows to insert into one table in the current transaction, sent as statements of many rows each
 * ({@code INSERT … VALUES (…), (…), …}) and the remainder as one JDBC batch of single-row statements.
 *
 * <p>A multi-row statement is parsed once, binds its values straight through JDBC and runs once for
 * up to {@link #MAX_ROWS} rows, which both SQLite and PostgreSQL take far faster than a row at a time.
 */
final class RowInserter {

    /** The most rows one statement inserts. */
    static final int MAX_ROWS = 64;
    /** The most values one statement binds, below SQLite's limit of 32,766. */
    static final int MAX_VALUES = 30_000;

    private final Statements statements;
    private final String table;
    private final int columns;
    private final int chunk;
    private final String single;
    private final String multi;
    private final List<Object[]> rows = new ArrayList<>();

    /** An inserter into {@code table}'s {@code columns}, in this order. */
    RowInserter(Statements statements, String table, String... columns) {
        this.statements = statements;
        this.table = table;
        this.columns = columns.length;
        this.chunk = Math.max(1, Math.min(MAX_ROWS, MAX_VALUES / columns.length));
        String head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        String row = "(" + "?, ".repeat(columns.length - 1) + "?)";
        this.single = head + row;
        this.multi = head + (row + ", ").repeat(chunk - 1) + row;
    }

    /** Adds a row: one value per column, in order (null for SQL NULL). */
    void add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(table + " takes " + columns + " values, not " + values.length);
        }
        rows.add(values);
    }

    /** The rows added and not yet sent. */
    int size() {
        return rows.size();
    }

    /** Forgets the rows added, after their transaction failed. */
    void discard() {
        rows.clear();
    }

    /** Sends the rows added and forgets them. */
    void execute() {
        try {
            int i = 0;
            if (rows.size() >= chunk) {
                PreparedStatement p = statements.get(multi);
                for (; i + chunk <= rows.size(); i += chunk) {
                    int at = 1;
                    for (int r = i; r < i + chunk; r++) {
                        for (Object v : rows.get(r)) {
                            bind(p, at++, v);
                        }
                    }
                    p.executeUpdate();
                }
            }
            if (i < rows.size()) {
                PreparedStatement p = statements.get(single);
                for (; i < rows.size(); i++) {
                    int at = 1;
                    for (Object v : rows.get(i)) {
                        bind(p, at++, v);
                    }
                    p.addBatch();
                }
                p.executeBatch();
            }
        } catch (SQLException e) {
            throw Statements.failed(e);
        } finally {
            rows.clear();
        }
    }

    /**
     * Sends the rows added, each statement returning the ids it generated, and forgets them; gives the
     * ids in the order the rows were added.
     *
     * <p>Design decision: the ids come back from the insert itself rather than from a query per table
     * afterwards. A statement's generated ids grow in the order of its rows in both databases (the
     * read-back query used to rely on the same), though neither promises the order in which
     * {@code RETURNING} lists them, so each statement's ids are sorted.
     */
    long[] executeReturningIds() {
        long[] ids = new long[rows.size()];
        try {
            for (int i = 0; i < rows.size(); ) {
                int n = Math.min(chunk, rows.size() - i);
                PreparedStatement p = statements.get(n == chunk ? multi + RETURNING_ID : statement(n) + RETURNING_ID);
                int at = 1;
                for (int r = i; r < i + n; r++) {
                    for (Object v : rows.get(r)) {
                        bind(p, at++, v);
                    }
                }
                int got = 0;
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        ids[i + got++] = rs.getLong(1);
                    }
                }
                if (got != n) {
                    throw new StoreException(table + ": " + n + " rows inserted but " + got + " ids returned");
                }
                Arrays.sort(ids, i, i + n);
                i += n;
            }
        } catch (SQLException e) {
            throw Statements.failed(e);
        } finally {
            rows.clear();
        }
        return ids;
    }

    private static final String RETURNING_ID = " RETURNING id";

    /** The statement inserting {@code n} rows. */
    private String statement(int n) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        return single.substring(0, single.length() - row.length()) + (row + ", ").repeat(n - 1) + row;
    }

    /** Binds one value by its Java type, as the schema's columns take it. */
    static void bind(PreparedStatement p, int at, Object v) throws SQLException {
        switch (v) {
            case null -> p.setNull(at, Types.NULL);
            case String s -> p.setString(at, s);
            case Long l -> p.setLong(at, l);
            case Integer n -> p.setInt(at, n);
            case Double d -> p.setDouble(at, d);
            case Boolean b -> p.setBoolean(at, b);
            default -> throw new IllegalArgumentException("cannot store a " + v.getClass().getSimpleName());
        }
    }
}
