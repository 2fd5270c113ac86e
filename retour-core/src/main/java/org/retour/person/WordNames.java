package org.retour.person;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.quote.SpeechWords;
import org.retour.resource.ResourceLines;

/**
 * The given names that are also common words of a language without capitals, from
 * {@code org/retour/person/word-names.txt}: in Arabic « كامل » is Kamel or "whole", « أسماء » Asma or "names",
 * « لما » Lama or "when", so such a word opens a name only when the text confirms it.
 *
 * <p>Design decision: a name the lexicon knows is evidence enough where capitals mark names; where nothing
 * marks them, a given name that is also a word of every page would make a person of "the whole" and "the
 * names", and every pronoun after it would go to that person. The confirmations are those news gives a name:
 * an honorific or a verb of speech before it (« قالت شهد »), a given name, a particle or a family name after it
 * (« كامل الشمري », « كامل بن علي »), or the same name already read at the start of a longer one.
 *
 * <p>Immutable and thread-safe.
 */
final class WordNames {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/person/word-names.txt";

    private final Map<String, Set<String>> words;
    private final PersonLexicon lexicon;
    private final SpeechWords speech;

    /** Word names from lines {@code "lang word…"}, confirmed by {@code lexicon}'s names and {@code speech}'s verbs. */
    WordNames(List<String> lines, PersonLexicon lexicon, SpeechWords speech) {
        this.words = ResourceLines.wordsByLanguage(lines);
        this.lexicon = Objects.requireNonNull(lexicon);
        this.speech = Objects.requireNonNull(speech);
    }

    /** The bundled word names. */
    static WordNames bundled(PersonLexicon lexicon, SpeechWords speech) {
        return new WordNames(ResourceLines.classpath(RESOURCE), lexicon, speech);
    }

    /** Whether {@code word} is a given name of {@code lang} that is also a common word. */
    boolean ambiguous(String word, String lang) {
        Set<String> of = words.get(lang);
        return of != null && of.contains(word);
    }

    /**
     * Whether the given name at token {@code i} opens a name: it is no common word, or the text confirms it
     * ({@code known} tells whether a longer name read before starts with it).
     */
    boolean opens(NameWords wd, int i, String lang, java.util.function.Predicate<String> known) {
        String word = wd.surface(i);
        if (!ambiguous(word, lang) || known.test(word)) {
            return true;
        }
        if (i > 0 && wd.adjacent(i - 1) && (wd.entries.honorific(i - 1) || wd.entries.head(i - 1) != null
                || speech.isSpeechWord(wd.lower(i - 1), lang)
                || NamingPhrases.bundled().introducesName(wd.text, wd.entries.start(i - 1), wd.entries.start(i), lang))) {
            return true; // « الدكتور كامل », « الباحث حسن الأحمد », « قالت شهد », « يدعى أيمن »
        }
        int j = i + 1;
        if (j >= wd.tokens.size() || !wd.adjacent(i) || wd.kind(j) != Token.Kind.WORD) {
            return false;
        }
        String next = wd.surface(j);
        if (wd.givenName(j) != null || wd.entries.is(Kind.PARTICLE, j)) {
            return true; // « عمر فاضل », « كامل بن علي »
        }
        if (next.startsWith("ال")) {
            return familyName(next); // « كامل الشمري », « حسن الأحمد »; not « آيات الجهاد », « فضل الانغماس »
        }
        return !NameRuns.tanween(next) && !prepositional(next); // « سالم عودة »; not « أبو ياسر ليلًا », « كامل بالنصوص »
    }

    /**
     * Whether an Arabic word that opens with the article reads as a family name: a name of origin in « ي »
     * (« الشمري ») or the article on a given name (« الأحمد »).
     */
    private boolean familyName(String word) {
        return word.length() >= 5 && word.endsWith("ي") || lexicon.firstName(word.substring(2)) != null;
    }


    /** Whether an Arabic word opens with a preposition glued to the article (« بالنصوص », « للصحيفة »). */
    private static boolean prepositional(String word) {
        return word.length() > 4 && (word.startsWith("بال") || word.startsWith("لل") || word.startsWith("كال"));
    }
}
