package org.retour.store;

import java.util.Objects;
import org.retour.pipeline.Analysis;
import org.retour.store.dedupe.MinHasher;
import org.retour.store.dedupe.Signature;
import org.retour.store.dedupe.TextFingerprint;

/**
 * A document ready to be stored: its analysis, where it comes from, and its fingerprints.
 *
 * @param source    the name of the source (collection) it is ingested into
 * @param inputKey  what identifies this input among all inputs (its URI or file and line with its
 *                  text hash): storing the same input twice changes nothing
 * @param analysis  the analysed document, with its provenance
 * @param textHash  the hash of its normalised text
 * @param signature its MinHash signature
 */
public record NewDocument(String source, String inputKey, Analysis analysis, String textHash, Signature signature) {

    public NewDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(inputKey, "inputKey");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(textHash, "textHash");
        Objects.requireNonNull(signature, "signature");
    }

    /** A new document with its fingerprints computed; the key is the origin plus the text hash. */
    public static NewDocument of(String source, String origin, Analysis analysis) {
        String hash = TextFingerprint.hash(analysis.text());
        return new NewDocument(source, origin + "#" + hash, analysis, hash, MinHasher.DEFAULT.signature(analysis.text()));
    }
}
