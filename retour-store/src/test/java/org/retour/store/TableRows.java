package org.retour.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The rows of a store's tables as text, one line a row, for comparing two stores in tests. */
public final class TableRows {

    /** Columns that hold the time of writing, which differs between two runs. */
    private static final Set<String> CLOCK = Set.of("ingested_at", "created_at");

    private TableRows() {
    }

    /** Each row of {@code tables}, in table order then by its first two columns, without clock columns. */
    public static List<String> of(Store store, List<String> tables) {
        return store.jdbi().withHandle(h -> {
            List<String> out = new ArrayList<>();
            for (String table : tables) {
                try (var st = h.getConnection().createStatement();
                     ResultSet rs = st.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table);
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            if (!CLOCK.contains(meta.getColumnName(c))) {
                                row.append('|').append(rs.getString(c));
                            }
                        }
                        out.add(row.toString());
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return out;
        });
    }
}
