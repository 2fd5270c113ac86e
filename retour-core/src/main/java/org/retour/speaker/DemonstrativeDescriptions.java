package org.retour.speaker;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * Descriptions a demonstrative opens, read from {@code org/retour/speaker/demonstratives.txt}: « a déclaré ce
 * diplomate », « a assuré ce quadragénaire », "said this former fighter" take up the person their paragraph is
 * about, named or not, whatever the noun says of them, rather than someone named earlier with a like role.
 *
 * <p>Immutable and thread-safe.
 */
final class DemonstrativeDescriptions {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/demonstratives.txt";

    private static final DemonstrativeDescriptions BUNDLED = new DemonstrativeDescriptions(
            ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> byLanguage;

    DemonstrativeDescriptions(java.util.List<String> lines) {
        java.util.List<String> words = new java.util.ArrayList<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            for (int i = 1; i < f.length; i++) {
                words.add(f[0] + " " + f[i]);
            }
        }
        this.byLanguage = ResourceLines.byLanguage(words, true);
    }

    /** The bundled words. */
    static DemonstrativeDescriptions bundled() {
        return BUNDLED;
    }

    /** Whether a description's first word is a demonstrative of {@code lang}. */
    boolean opens(String description, String lang) {
        Set<String> words = byLanguage.get(lang);
        if (description == null || words == null) {
            return false;
        }
        int sp = description.indexOf(' ');
        return words.contains((sp < 0 ? description : description.substring(0, sp)).toLowerCase(Locale.ROOT));
    }

    /**
     * The person the paragraph of a demonstrative description is about before it, when that is someone else
     * mentioned earlier in the paragraph with a compatible gender; else null.
     */
    static Referent topic(SpeakerDocument d, SubjectRules rules, Referent r) {
        Referent topic = rules.paragraphTopic(d, r.span().start(), r.gender());
        return topic == null || topic.description() == r.description() || topic.span().start() >= r.span().start()
                ? null : topic;
    }
}
