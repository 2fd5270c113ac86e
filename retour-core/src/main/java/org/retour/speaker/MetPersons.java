package org.retour.speaker;

import java.util.List;
import java.util.Map;
import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The person the reporter met or a hearing heard, told of earlier in a pronoun cue's paragraph (« nous avons
 * rencontré le père de l'accusé, un retraité. « … », nous confie-t-il », « L'audience reprend avec l'audition d'un
 * témoin, un ancien codétenu de l'accusé. « … », a-t-il témoigné »): the one met speaks, not a person their
 * description is the relative of. The words come from {@code met-persons.txt}.
 *
 * <p>Immutable and thread-safe.
 */
final class MetPersons {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/met-persons.txt";

    /** What a word of the resource is. */
    enum Kind { WE, MEET, HEARING }

    /** How many tokens before the cue are read: a bounded window. */
    private static final int MAX_TOKENS = 80;
    /** How many words may stand between a `we` word and its verb of meeting ("nous l'avons rencontré"). */
    private static final int WE_WORDS = 3;
    /** How many tokens may stand between the word of meeting and the person met ("l'audition d'un témoin"). */
    private static final int OBJECT_TOKENS = 2;

    private static final MetPersons BUNDLED = new MetPersons(ResourceLines.classpath(RESOURCE));

    private final Map<String, Map<String, Kind>> byLanguage;

    MetPersons(List<String> lines) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "met-persons", false);
    }

    /** The bundled words. */
    static MetPersons bundled() {
        return BUNDLED;
    }

    /**
     * The last person of a gender that fits {@code p} whom a word of meeting or hearing introduces in the paragraph
     * before offset {@code at}, as its object right after it; else null.
     */
    Referent met(SpeakerDocument d, int at, Pronoun p) {
        Map<String, Kind> words = byLanguage.get(d.lang);
        if (words == null) {
            return null;
        }
        int paragraph = d.paragraphStarts.get(d.paragraph(at));
        int last = d.tokenAt(at);
        int first = Math.max(d.tokenAt(paragraph), last - MAX_TOKENS);
        Referent found = null;
        for (int k = first; k < last; k++) {
            Kind kind = Tokens.isWord(d.tokens.get(k)) ? words.get(d.lower(k)) : null;
            if (kind == Kind.HEARING || kind == Kind.MEET && byUs(d, words, first, k)) {
                Referent r = object(d, k, at);
                found = r != null && r.gender().compatible(p.gender()) ? r : found;
            }
        }
        return found;
    }

    /** Whether a `we` word stands up to {@link #WE_WORDS} words before the verb at token {@code verb}. */
    private static boolean byUs(SpeakerDocument d, Map<String, Kind> words, int first, int verb) {
        for (int k = verb - 1; k >= first && verb - k <= WE_WORDS; k--) {
            if (words.get(d.lower(k)) == Kind.WE) {
                return true;
            }
            if (!Tokens.isWord(d.tokens.get(k)) && !Tokens.is(d.text, d.tokens.get(k), "'")
                    && !Tokens.is(d.text, d.tokens.get(k), "\u2019")) {
                return false;
            }
        }
        return false;
    }

    /** The person whose mention starts at most {@link #OBJECT_TOKENS} tokens after token {@code k}, before {@code at}. */
    private static Referent object(SpeakerDocument d, int k, int at) {
        int from = d.tokens.get(k).span().end();
        List<Referent> after = d.referents.within(from, at);
        if (after.isEmpty()) {
            return null;
        }
        Referent r = after.get(0);
        return d.tokenAt(r.span().start()) - k <= OBJECT_TOKENS ? r : null;
    }
}
