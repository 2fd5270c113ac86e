package org.retour.model;

/**
 * The language of a document: an ISO 639-1 code ({@code und} when undetermined), how sure we are,
 * and whether the user declared it rather than it being detected.
 */
public record DetectedLanguage(String code, double confidence, boolean declared) {

    /** The code for an undetermined language. */
    public static final String UNDETERMINED = "und";

    public DetectedLanguage {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("language code is empty");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
        }
        // Design decision: the code is the one string of its value in the JVM, so that the tables by language
        // (org.retour.resource.LanguageMap), whose keys are too, find it by identity for each candidate they judge
        code = code.intern();
    }
}
