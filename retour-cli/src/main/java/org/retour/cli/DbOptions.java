package org.retour.cli;

import java.nio.file.Path;
import org.retour.store.Store;
import org.retour.store.StoreLocation;
import picocli.CommandLine.Option;

/** The options that say which corpus a command reads or writes, shared by every corpus command. */
final class DbOptions {

    @Option(names = "--db", paramLabel = "FILE|URL",
            description = "The corpus: a SQLite file or jdbc:postgresql://host/db?user=…&password=… "
                    + "(default: $RETOUR_DB, else ./retour.db).")
    String db;

    @Option(names = "--index", paramLabel = "DIR",
            description = "The search index directory (default: FILE.index beside a SQLite file; ./DB.index for PostgreSQL).")
    Path index;

    /** Where the corpus is. */
    StoreLocation location() {
        StoreLocation l = StoreLocation.parse(db);
        return index == null ? l : l.withIndex(index);
    }

    /** Opens the corpus for writing, quieting the libraries' logging first. */
    Store open() {
        Quiet.libraries();
        return Store.open(location());
    }

    /** Opens the corpus for reading, also while another process ingests into it. */
    Store openForReading() {
        Quiet.libraries();
        return Store.openForReading(location());
    }
}
