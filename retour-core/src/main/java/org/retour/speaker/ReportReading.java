package org.retour.speaker;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.retour.resource.ResourceLines;

/**
 * Phrases that open a sentence with words read in a report named the sentence before, read from {@code
 * org/retour/speaker/report-reading.txt}: « On y lit que « … » », "It reads: “…”", „Darin heißt es, „…“".
 *
 * <p>Immutable and thread-safe.
 */
final class ReportReading {

    /** A run of white space, read as one space. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/report-reading.txt";

    private static final ReportReading BUNDLED = new ReportReading(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> byLanguage;

    ReportReading(List<String> lines) {
        List<String> phrases = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            int sp = l.indexOf(' ');
            if (sp > 0) {
                phrases.add(l.substring(0, sp) + " " + l.substring(sp + 1).strip().replaceAll("\\s+", " "));
            }
        }
        this.byLanguage = ResourceLines.byLanguage(phrases, true);
    }

    /** The bundled phrases. */
    static ReportReading bundled() {
        return BUNDLED;
    }

    /** Whether the text from {@code start} opens with one of {@code lang}'s phrases, whole words. */
    boolean opens(String text, int start, String lang) {
        Set<String> phrases = byLanguage.get(lang);
        if (phrases == null) {
            return false;
        }
        String head = SPACES.matcher(text.substring(start, Math.min(text.length(), start + 40)).toLowerCase(Locale.ROOT))
                .replaceAll(" ");
        for (String p : phrases) {
            if (head.startsWith(p) && (head.length() == p.length() || !Character.isLetter(head.charAt(p.length())))) {
                return true;
            }
        }
        return false;
    }
}
