package org.retour.store.ingest;

import java.nio.file.Path;

/** One input given to ingest: a file (found directly, in a folder or by a glob) or standard input. */
public sealed interface InputSource {

    /** How to call it in messages. */
    String name();

    /** A file. */
    record File(Path path) implements InputSource {
        @Override
        public String name() {
            return path.toString();
        }
    }

    /** Standard input. */
    record Stdin() implements InputSource {
        @Override
        public String name() {
            return "<stdin>";
        }
    }

    /** A path given that names nothing readable. */
    record Missing(String given, String reason) implements InputSource {
        @Override
        public String name() {
            return given;
        }
    }
}
