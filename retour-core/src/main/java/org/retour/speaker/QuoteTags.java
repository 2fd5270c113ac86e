package org.retour.speaker;

import java.util.regex.Pattern;

/**
 * A verb of no list that tags the words of a quote right after it: French inverted with its subject pronoun after the
 * quote and its comma (« « … », grimace-t-il », « « … », s'amuse-t-elle »), for French puts a verb after its subject
 * there only to report the words before it; English in the past after a subject pronoun, the quote closing on its
 * comma ("“…,” he grimaced."). The verbs of speech of {@code cues.txt} are cues wherever they stand; this reads the
 * others only in those places.
 *
 * <p>Stateless and thread-safe.
 */
final class QuoteTags {

    /** A verb (reflexive or not) joined by hyphens to a subject pronoun of the third person. */
    private static final Pattern INVERTED = Pattern.compile("(?:s['’])?\\p{L}{3,}-(?:t-)?(?:il|elle|ils|elles|on)");
    /** The English subject pronouns of the third person. */
    private static final java.util.Set<String> SUBJECTS = java.util.Set.of("he", "she", "they");
    /** The marks that close a quote. */
    private static final String CLOSING = "»”\"’";

    private QuoteTags() {
    }

    /**
     * Whether token {@code k} of a French document is such an inverted verb right after a closing mark and a comma, and
     * its verb is no auxiliary of {@code cues} (« « … », a-t-il dit » reads its participle).
     */
    static boolean frenchAt(SpeakerDocument d, SpeechCues cues, int k) {
        String w = d.lower(k);
        if (!"fr".equals(d.lang) || w == null || w.indexOf('-') < 0 || !INVERTED.matcher(w).matches()
                || cues.kind(w.substring(0, w.indexOf('-')), d.lang) == SpeechCues.Kind.AUX) {
            return false;
        }
        int i = blankBack(d.text, d.tokens.get(k).start() - 1);
        if (i < 0 || d.text.charAt(i) != ',') {
            return false;
        }
        i = blankBack(d.text, i - 1);
        return i >= 0 && CLOSING.indexOf(d.text.charAt(i)) >= 0;
    }

    /**
     * Whether token {@code k} of an English document is a verb in the past right after a subject pronoun of the third
     * person that follows a quote closing on its comma ("“…,” he grimaced."), and the sentence ends after it.
     */
    static boolean englishAt(SpeakerDocument d, int k) {
        String w = d.lower(k);
        if (!"en".equals(d.lang) || w == null || w.length() < 5 || !w.endsWith("ed") || k < 1
                || k + 1 >= d.tokens.size() || !SUBJECTS.contains(String.valueOf(d.lower(k - 1)))
                || ".,".indexOf(d.text.charAt(d.tokens.get(k + 1).start())) < 0) {
            return false;
        }
        int i = blankBack(d.text, d.tokens.get(k - 1).start() - 1);
        return i >= 1 && CLOSING.indexOf(d.text.charAt(i)) >= 0 && d.text.charAt(i - 1) == ',';
    }

    /** The last offset at or before {@code i} that is no space (ordinary or no-break), or -1. */
    private static int blankBack(String text, int i) {
        while (i >= 0 && Character.isSpaceChar(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
