package org.retour.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a corpus lives: its database (a SQLite file or a PostgreSQL URL) and the Lucene index beside it.
 */
public sealed interface StoreLocation {

    /** The environment variable that names the database when {@code --db} is not given. */
    String ENV = "RETOUR_DB";

    /** The database file used when nothing else is said. */
    String DEFAULT_FILE = "retour.db";

    /** The directory of the search index. */
    Path indexDirectory();

    /** The location with another index directory. */
    StoreLocation withIndex(Path dir);

    /** How to show the location in messages (without a password). */
    String describe();

    /** A SQLite database file; the index is {@code FILE.index} beside it unless said otherwise. */
    record Sqlite(Path file, Path indexDirectory) implements StoreLocation {
        public Sqlite {
            Objects.requireNonNull(file, "file");
            file = file.toAbsolutePath().normalize();
            indexDirectory = indexDirectory != null ? indexDirectory.toAbsolutePath().normalize()
                    : file.resolveSibling(file.getFileName() + ".index");
        }

        @Override
        public StoreLocation withIndex(Path dir) {
            return new Sqlite(file, dir);
        }

        @Override
        public String describe() {
            return file.toString();
        }
    }

    /**
     * A PostgreSQL database given by its JDBC URL ({@code jdbc:postgresql://host:port/db?user=…&password=…});
     * the index is a local directory, {@code ./DB.index} unless said otherwise.
     */
    record Postgres(String url, Path indexDirectory) implements StoreLocation {
        public Postgres {
            Objects.requireNonNull(url, "url");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("not a PostgreSQL URL: " + url);
            }
            indexDirectory = indexDirectory != null ? indexDirectory.toAbsolutePath().normalize()
                    : Path.of(databaseName(url) + ".index").toAbsolutePath().normalize();
        }

        @Override
        public StoreLocation withIndex(Path dir) {
            return new Postgres(url, dir);
        }

        @Override
        public String describe() {
            return url.replaceAll("(?i)(password=)[^&]*", "$1***");
        }

        private static String databaseName(String url) {
            String rest = url.substring("jdbc:postgresql:".length());
            int q = rest.indexOf('?');
            if (q >= 0) {
                rest = rest.substring(0, q);
            }
            String name = rest.substring(rest.lastIndexOf('/') + 1);
            return name.isBlank() ? "postgres" : name.replaceAll("[^A-Za-z0-9_.-]", "_");
        }
    }

    /**
     * Parses what {@code --db} says: a {@code jdbc:postgresql:} URL, a {@code jdbc:sqlite:} URL or a
     * plain path to a SQLite file; null or blank means {@code RETOUR_DB} or else {@code ./retour.db}.
     */
    static StoreLocation parse(String value) {
        String v = value;
        if (v == null || v.isBlank()) {
            v = System.getenv(ENV);
        }
        if (v == null || v.isBlank()) {
            v = DEFAULT_FILE;
        }
        v = v.strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new Postgres(v, null);
        }
        if (lower.startsWith("jdbc:sqlite:")) {
            return new Sqlite(Path.of(v.substring("jdbc:sqlite:".length())), null);
        }
        if (lower.startsWith("jdbc:")) {
            throw new IllegalArgumentException("unsupported database URL '" + v
                    + "': use a file path (SQLite) or jdbc:postgresql://host/db");
        }
        return new Sqlite(Path.of(v), null);
    }
}
