package org.retour.speaker;

import java.util.List;
import java.util.Map;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The doer named as the agent of a participle after a noun (« Tout autre est le tableau dressé par Yasmina Chérif,
 * sociologue … », "the report drawn up by Anna Berg"): not a mere complement, a pronoun of its paragraph may stand
 * for them rather than for someone named in an earlier paragraph. The forms of "to be" that make a passive verb of
 * the participle instead come from {@code agent-doers.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class AgentDoers {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/agent-doers.txt";

    /** What a word of the resource is. */
    enum Kind { BE }

    private static final AgentDoers BUNDLED = new AgentDoers(ResourceLines.classpath(RESOURCE), PersonLexicon.bundled());

    private final Map<String, Map<String, Kind>> byLanguage;
    private final PersonLexicon lexicon;

    AgentDoers(List<String> lines, PersonLexicon lexicon) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "agent-doers", false);
        this.lexicon = lexicon;
    }

    /** The bundled words. */
    static AgentDoers bundled() {
        return BUNDLED;
    }

    /**
     * The person named as the agent of a participle after a noun in the paragraph of a pronoun at {@code at}, before
     * it, of a compatible gender, when the last speaker spoke in an earlier paragraph: the one the paragraph brings
     * in; else null.
     */
    Referent inParagraph(SpeakerDocument d, int at, org.retour.person.Gender gender) {
        int paragraph = d.paragraph(at);
        if (d.lastSpeaker == null || d.lastParagraph >= paragraph || !byLanguage.containsKey(d.lang)) {
            return null;
        }
        Referent found = null;
        for (Referent r : d.referents.within(d.paragraphStarts.get(paragraph), at)) {
            if (r.person() != null && r.gender().compatible(gender) && agent(d, r)) {
                if (found != null && found.person() != r.person()) {
                    return null; // two doers: the pronoun is read otherwise
                }
                found = r;
            }
        }
        return found == null || SpeakerDocument.same(found, d.lastSpeaker) ? null : found;
    }

    /** Whether {@code r} is named right after an agent's preposition that follows a participle after a noun. */
    private boolean agent(SpeakerDocument d, Referent r) {
        int prep = d.tokenAt(r.span().start()) - 1;
        int participle = prep - 1;
        int noun = prep - 2;
        if (noun < 0 || !Tokens.isWord(d.tokens.get(prep)) || !lexicon.is(PersonLexicon.Kind.AGENT, d.lower(prep), d.lang)) {
            return false;
        }
        Map<String, Kind> words = byLanguage.get(d.lang);
        return lowerWord(d, participle) && lowerWord(d, noun) && words.get(d.lower(noun)) != Kind.BE
                && words.get(d.lower(participle)) != Kind.BE
                && SpeakerSentences.sentenceStart(d, d.tokens.get(noun).span().start()) < d.tokens.get(noun).span().start();
    }

    /** Whether token {@code k} is a word in lower case. */
    private static boolean lowerWord(SpeakerDocument d, int k) {
        return Tokens.isWord(d.tokens.get(k)) && !Tokens.capitalised(d.text, d.tokens.get(k));
    }
}
