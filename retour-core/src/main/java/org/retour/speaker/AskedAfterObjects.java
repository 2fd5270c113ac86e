package org.retour.speaker;

import java.util.List;
import java.util.Map;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The asker of a question put through an object pronoun right after the verb of asking ("Hoogstraten asked him what
 * Europe should do. “…,” he said", „Die Richterin fragte ihn, warum … „…“, sagte er“): a pronoun of the object's
 * gender in the cue of the next quote stands for the one asked, who answers, not for the asker. Arabic writes the
 * object as a suffix of the verb and the asker after it (« وعندما سأله رئيس المحكمة عن …، قال: »). The words come
 * from {@code asked-after.txt}.
 *
 * <p>Looks at the cue's sentence and the one before it only. Immutable and thread-safe.
 */
final class AskedAfterObjects {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/asked-after.txt";

    /** What a word of the resource is. */
    enum Kind { MASCULINE, FEMININE, OPENER, SUFFIXED_MASCULINE, SUFFIXED_FEMININE }

    /** How many words (an adverb, an auxiliary) may stand between the asker and the verb of asking ("has twice asked"). */
    static final int VERB_WORDS = 2;

    private static final AskedAfterObjects BUNDLED = new AskedAfterObjects(ResourceLines.classpath(RESOURCE));

    private final Map<String, Map<String, Kind>> byLanguage;

    AskedAfterObjects(List<String> lines) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "asked-after", false);
    }

    /** The bundled words. */
    static AskedAfterObjects bundled() {
        return BUNDLED;
    }

    /**
     * The asker whose question, in the sentence of the cue at {@code at} before it or in the sentence right before
     * in its paragraph, an object pronoun of {@code gender} right after the last verb of asking puts to someone else:
     * the person named or described right before that verb, its own subject ("Farah says his emir told him to …":
     * the emir, not Farah); else null.
     */
    Referent asker(SpeakerDocument d, Exchanges exchanges, int at, Gender gender) {
        Map<String, Kind> words = byLanguage.get(d.lang);
        Kind object = gender == Gender.MALE ? Kind.MASCULINE : gender == Gender.FEMALE ? Kind.FEMININE : null;
        if (words == null || object == null) {
            return null;
        }
        int own = SpeakerSentences.sentenceStart(d, at);
        int previous = SpeakerSentences.previousSentenceStart(d, own, d.paragraphStarts.get(d.paragraph(at)));
        int from = previous >= 0 ? previous : own;
        int k = exchanges.ask(d, d.tokenAt(from), d.tokenAt(at));
        if (k >= 0 && words.get(d.lower(k)) == (object == Kind.MASCULINE ? Kind.SUFFIXED_MASCULINE : Kind.SUFFIXED_FEMININE)) {
            return subjectAfter(d, k, at); // « سأله رئيس المحكمة »: the asker follows the verb
        }
        if (k < 0 || k + 2 >= d.tokens.size() || !Tokens.isWord(d.tokens.get(k + 1))
                || words.get(d.lower(k + 1)) != object
                || Tokens.isWord(d.tokens.get(k + 2)) && words.get(d.lower(k + 2)) != Kind.OPENER) {
            return null;
        }
        int verb = d.tokens.get(k).span().start();
        List<Referent> before = d.referents.within(Math.max(from, SpeakerSentences.sentenceStart(d, verb)), verb);
        Referent asker = before.isEmpty() ? null : before.get(before.size() - 1);
        return asker != null && SpeakerSentences.wordsBetween(d, asker.span().end(), verb) <= VERB_WORDS ? asker : null;
    }

    /**
     * The person named or described right after the verb of asking at token {@code k} and before {@code at}, the
     * verb's subject where it follows the verb; else null.
     */
    private static Referent subjectAfter(SpeakerDocument d, int k, int at) {
        int verb = d.tokens.get(k).span().end();
        List<Referent> after = d.referents.within(verb, Math.min(at, SpeakerSentences.sentenceEnd(d, verb)));
        Referent asker = after.isEmpty() ? null : after.get(0);
        return asker != null && SpeakerSentences.wordsBetween(d, verb, asker.span().start()) <= VERB_WORDS ? asker : null;
    }
}
