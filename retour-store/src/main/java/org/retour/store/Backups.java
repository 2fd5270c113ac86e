package org.retour.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.retour.store.db.Dialect;

/**
 * Backs a corpus up to one portable file (gzip-compressed JSON lines, table by table) and restores it,
 * on SQLite or PostgreSQL alike: a backup from one restores into the other.
 */
public final class Backups {

    /** The tables in an order that respects their references. */
    static final List<String> TABLES = List.of("sources", "persons", "documents", "lsh_buckets", "lsh_recent",
            "sentences", "entities", "entity_aliases", "mentions", "speakers", "quotes", "figures", "dates", "codebooks", "codes",
            "coders", "codings");
    /** Columns that may refer to later rows of their own table, filled in after all rows are in (a copy always follows its original). */
    private static final Map<String, String> SELF_REFERENCES = Map.of("quotes", "parent_id");
    private static final String FORMAT = "retour-backup";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Backups() {
    }

    /** Writes every table of {@code store} to {@code file} (replaced atomically); returns the rows written. */
    public static long backup(Store store, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        long rows = 0;
        try (org.jdbi.v3.core.Handle h = store.jdbi().open()) {
            Connection c = h.getConnection();
            c.setAutoCommit(false);
            try {
                if (store.dialect() == Dialect.POSTGRESQL) {
                    try (Statement s = c.createStatement()) {
                        s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                    }
                }
                try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 65536);
                     Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    w.write(JSON.writeValueAsString(Map.of("format", FORMAT, "version", 1, "tables", TABLES)));
                    w.write('\n');
                    for (String table : TABLES) {
                        rows += dumpTable(c, table, w);
                    }
                }
                c.commit();
                c.setAutoCommit(true);
            } finally {
                if (!c.getAutoCommit()) {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do
            }
            throw new StoreException("backup to " + file + " failed: " + Store.rootMessage(e), e);
        }
    }

    private static long dumpTable(Connection c, String table, Writer w) throws SQLException, IOException {
        long n = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + order(table))) {
            ResultSetMetaData md = rs.getMetaData();
            List<String> columns = new ArrayList<>();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                columns.add(md.getColumnName(i).toLowerCase(java.util.Locale.ROOT));
            }
            w.write(JSON.writeValueAsString(Map.of("table", table, "columns", columns)));
            w.write('\n');
            StringBuilder line = new StringBuilder();
            while (rs.next()) {
                java.io.StringWriter sw = new java.io.StringWriter();
                try (JsonGenerator g = JSON.getFactory().createGenerator(sw)) {
                    g.writeStartArray();
                    for (int i = 1; i <= columns.size(); i++) {
                        Object v = rs.getObject(i);
                        switch (v) {
                            case null -> g.writeNull();
                            case Boolean b -> g.writeBoolean(b);
                            case Integer x -> g.writeNumber(x);
                            case Long x -> g.writeNumber(x);
                            case Double x -> g.writeNumber(x);
                            case Float x -> g.writeNumber(x);
                            case Number x -> g.writeNumber(x.toString());
                            default -> g.writeString(v.toString());
                        }
                    }
                    g.writeEndArray();
                }
                line.setLength(0);
                line.append(sw).append('\n');
                w.write(line.toString());
                n++;
            }
        }
        return n;
    }

    private static String order(String table) {
        return switch (table) {
            case "lsh_buckets", "lsh_recent" -> " ORDER BY document_id, bucket";
            case "sentences" -> " ORDER BY document_id, ord";
            case "entity_aliases" -> " ORDER BY entity_id, alias";
            default -> hasId(table) ? " ORDER BY id" : "";
        };
    }

    /**
     * Replaces every row of {@code store} with the backup in {@code file}, in one transaction, then
     * rebuilds the search index; returns the rows restored. A file that is not a backup changes nothing.
     */
    public static long restore(Store store, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(file + ": no such backup file");
        }
        long rows = 0;
        try (org.jdbi.v3.core.Handle h = store.jdbi().open();
             BufferedReader r = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(Files.newInputStream(file), 65536), StandardCharsets.UTF_8))) {
            JsonNode header = JSON.readTree(r.readLine());
            if (header == null || !FORMAT.equals(header.path("format").asText())) {
                throw new StoreException(file + ": not a retour backup");
            }
            Connection c = h.getConnection();
            c.setAutoCommit(false);
            try {
                for (int i = TABLES.size() - 1; i >= 0; i--) {
                    try (Statement s = c.createStatement()) {
                        s.executeUpdate("DELETE FROM " + TABLES.get(i));
                    }
                }
                rows = load(c, r);
                if (store.dialect() == Dialect.POSTGRESQL) {
                    resetSequences(c);
                }
                c.commit();
            } catch (SQLException | IOException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (java.util.zip.ZipException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new StoreException(file + ": not a retour backup (" + Store.rootMessage(e) + ")", e);
        } catch (IOException | SQLException e) {
            throw new StoreException("restore from " + file + " failed, nothing changed: " + Store.rootMessage(e), e);
        }
        store.reindex();
        return rows;
    }

    private static long load(Connection c, BufferedReader r) throws IOException, SQLException {
        long rows = 0;
        String line;
        String table = null;
        PreparedStatement insert = null;
        int[] types = null;
        int deferred = -1;
        List<long[]> fixes = new ArrayList<>();
        while ((line = r.readLine()) != null) {
            JsonNode node = JSON.readTree(line);
            if (node.isObject()) {
                finish(c, table, insert, fixes);
                table = node.path("table").asText();
                if (!TABLES.contains(table)) {
                    throw new StoreException("unknown table '" + table + "' in the backup");
                }
                List<String> columns = new ArrayList<>();
                node.path("columns").forEach(n -> columns.add(n.asText()));
                types = columnTypes(c, table, columns);
                deferred = columns.indexOf(SELF_REFERENCES.getOrDefault(table, "-"));
                insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(columns.size(), "?")) + ")");
                continue;
            }
            for (int i = 0; i < types.length; i++) {
                JsonNode v = node.get(i);
                if (i == deferred && v != null && !v.isNull()) {
                    fixes.add(new long[] {node.get(0).asLong(), v.asLong()});
                    insert.setNull(i + 1, types[i]);
                } else {
                    bind(insert, i + 1, types[i], v);
                }
            }
            insert.addBatch();
            if (++rows % 1000 == 0) {
                insert.executeBatch();
            }
        }
        finish(c, table, insert, fixes);
        return rows;
    }

    private static void finish(Connection c, String table, PreparedStatement insert, List<long[]> fixes)
            throws SQLException {
        if (insert == null) {
            return;
        }
        insert.executeBatch();
        insert.close();
        if (!fixes.isEmpty()) {
            try (PreparedStatement u = c.prepareStatement("UPDATE " + table + " SET " + SELF_REFERENCES.get(table)
                    + " = ? WHERE id = ?")) {
                for (long[] f : fixes) {
                    u.setLong(1, f[1]);
                    u.setLong(2, f[0]);
                    u.addBatch();
                }
                u.executeBatch();
            }
            fixes.clear();
        }
    }

    private static int[] columnTypes(Connection c, String table, List<String> columns) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData md = rs.getMetaData();
            int[] types = new int[columns.size()];
            for (int i = 0; i < types.length; i++) {
                String name = md.getColumnTypeName(i + 1).toUpperCase(java.util.Locale.ROOT);
                types[i] = name.startsWith("BOOL") ? Types.BOOLEAN : md.getColumnType(i + 1);
            }
            return types;
        }
    }

    private static void bind(PreparedStatement p, int index, int type, JsonNode v) throws SQLException {
        if (v == null || v.isNull()) {
            p.setNull(index, type);
            return;
        }
        switch (type) {
            case Types.BOOLEAN, Types.BIT -> p.setBoolean(index, v.isBoolean() ? v.asBoolean() : v.asLong() != 0);
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> p.setLong(index, v.asLong());
            case Types.DOUBLE, Types.FLOAT, Types.REAL, Types.NUMERIC, Types.DECIMAL -> p.setDouble(index, v.asDouble());
            default -> p.setString(index, v.asText());
        }
    }

    private static void resetSequences(Connection c) throws SQLException {
        for (String table : TABLES) {
            if (!hasId(table)) {
                continue;
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT pg_get_serial_sequence('" + table + "', 'id')")) {
                if (rs.next() && rs.getString(1) != null) {
                    try (Statement u = c.createStatement()) {
                        u.execute("SELECT setval('" + rs.getString(1) + "', (SELECT COALESCE(MAX(id), 0) + 1 FROM "
                                + table + "), false)");
                    }
                }
            }
        }
    }

    private static boolean hasId(String table) {
        return !List.of("lsh_buckets", "lsh_recent", "sentences", "entity_aliases").contains(table);
    }
}
