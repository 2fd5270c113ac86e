package org.retour.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Silences the informational logging of libraries, which would clutter the command's output. */
final class Quiet {

    private static final Logger LUCENE = Logger.getLogger("org.apache.lucene");

    private Quiet() {
    }

    /** Lucene's notes about the Java version go to the log only at SEVERE. */
    static void libraries() {
        LUCENE.setLevel(Level.SEVERE);
    }
}
