package org.retour.speaker;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.person.PersonDescription;
import org.retour.resource.ResourceLines;

/**
 * A description whose head noun names a body that speaks as such (« la Fédération française de boxe précise que
 * … », "the state prosecutor's office said", „das Bundesinnenministerium teilte mit“): that body, voice
 * organisation, never an unnamed person. A definite phrase names it by its words without the article (the
 * organisation of that name when the article names one so); an indefinite one stays a description. The head is the
 * first or last word of the phrase before its first preposition, as the language puts it; a listed noun needs a word
 * more beside it before the preposition (« le gouvernement régional ») or a name after it (« le ministère de
 * l'Intérieur », "the office for the Eastern District"), not « le conseil de la famille », the family's lawyer, nor
 * „der Polizei“ left of a longer description; a German compound ending in one needs nothing more
 * („das Bundesinnenministerium“). The words come from {@code institution-subjects.txt}.
 *
 * <p>Reads the words of one description and the document's organisations. Immutable and thread-safe.
 */
final class InstitutionPhrases {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/institution-subjects.txt";

    /** Runs of white space between a description's words (compiled once, not per description). */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final InstitutionPhrases BUNDLED = new InstitutionPhrases(ResourceLines.wordsByKind(
            ResourceLines.classpath(RESOURCE), Set.of("article", "of", "head", "noun", "ending"), "institution-subjects.txt"));

    private final Map<String, Map<String, Set<String>>> words;

    /**
     * Per thread, whether the descriptions met last name a body by their words alone.
     *
     * <p>Design decision: a description is made a speaker quote after quote, and nearly none names a body, so the
     * answer is kept per description text instead of its words being split and read each time.
     */
    private final ThreadLocal<org.retour.person.WordMemo<Boolean>> namesBody =
            org.retour.person.WordMemo.perThread(this::namesBody);

    private InstitutionPhrases(Map<String, Map<String, Set<String>>> words) {
        this.words = words;
    }

    /** Whether a description's text of two words or more has a body's noun at its head in {@code lang}. */
    private Boolean namesBody(String text, String lang) {
        String[] w = SPACES.split(text.strip());
        return w.length >= 2 && body(w, lang);
    }

    /** The bundled words. */
    static InstitutionPhrases bundled() {
        return BUNDLED;
    }

    /** The body that description {@code p} of document {@code d} names, as a speaker, or null when it names none. */
    Speaker speaker(SpeakerDocument d, PersonDescription p) {
        if (p == null || p.text() == null) {
            return null;
        }
        if (!namesBody.get().get(p.text(), d.lang)) {
            return null;
        }
        String[] w = SPACES.split(p.text().strip());
        if (!words("article", d.lang).contains(articleOf(w[0]))) {
            return new Speaker(null, null, p.text(), p.role(), Voice.ORGANISATION); // "a ministry said": no name
        }
        String name = p.text().strip().substring(elided(w[0]) ? articleOf(w[0]).length() : w[0].length()).strip();
        for (SpeakerDocument.OrganisationMention o : d.orgs) {
            if (o.span().of(d.text).equalsIgnoreCase(name)) {
                return CueFinder.organisationSpeaker(d, o.entity(), o.span());
            }
        }
        return new Speaker(null, name, null, null, Voice.ORGANISATION);
    }

    /** Whether the head of the words {@code w} (an opener first) is a body's noun in {@code lang}. */
    boolean body(String[] w, String lang) {
        Set<String> of = words("of", lang);
        String first = w[0].toLowerCase(Locale.ROOT);
        int start = elided(first) && first.length() > articleOf(first).length() ? 0 : 1; // « l'Office » is one word
        int end = start;
        while (end < w.length && !of.contains(w[end].toLowerCase(Locale.ROOT))
                && !(end > start && elided(w[end].toLowerCase(Locale.ROOT)) && of.contains(articleOf(w[end].toLowerCase(Locale.ROOT))))) {
            end++;
        }
        if (end == start) {
            return false;
        }
        String head = words("head", lang).contains("first") ? w[start] : w[end - 1];
        head = head.toLowerCase(Locale.ROOT);
        if (elided(head)) {
            head = head.substring(articleOf(head).length());
        }
        if (words("noun", lang).contains(head)) {
            return end - start >= 2 || named(w, end); // not „der Polizei“ left alone, nor « le conseil de la famille »
        }
        for (String ending : words("ending", lang)) {
            if (head.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word from index {@code from} on opens with a capital letter, past an elision (« de l'Intérieur »). */
    private static boolean named(String[] w, int from) {
        for (int j = from; j < w.length; j++) {
            String x = elided(w[j]) ? w[j].substring(articleOf(w[j]).length()) : w[j];
            if (!x.isEmpty() && Character.isUpperCase(x.charAt(0))) {
                return true;
            }
        }
        return false;
    }

        private Set<String> words(String kind, String lang) {
        return words.get(kind).getOrDefault(lang, Set.of());
    }

    /** Whether a word opens with an elided article or preposition (« l'Office », « d'Orsay »). */
    private static boolean elided(String w) {
        int a = Math.max(w.indexOf('\''), w.indexOf('’'));
        return a > 0 && a <= 2;
    }

    /** The word up to its apostrophe, included, when it is elided; else the word, lower-cased. */
    private static String articleOf(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        int a = Math.max(l.indexOf('\''), l.indexOf('’'));
        return a > 0 && a <= 2 ? l.substring(0, a + 1) : l;
    }
}
