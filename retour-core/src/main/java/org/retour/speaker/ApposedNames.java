package org.retour.speaker;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retour.entity.PostNominalWords;
import org.retour.model.Mention;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;

/**
 * The person a description names in apposition right after it: behind a comma and abbreviated titles ("the
 * prosecutor, Brig.-Gen. X"), a complement ("Le directeur du centre, X"), a title description ("…, le commandant
 * Issoufou Maïga") or a participle and its agent ({@link AgentAppositions}).
 *
 * <p>Immutable and thread-safe.
 */
final class ApposedNames {

    /**
     * A description's complement and a comma before the apposed title ("Le directeur du centre, ", « le
     * gouverneur de la région de Gao, »).
     */
    private static final Pattern COMMA_BETWEEN = Pattern.compile(
            "(?:\\s+[\\p{L}'’]+){0,5}\\s*,\\s+");

    /** The lower-case words of a title between its head and the name (« le général de brigade Mamadou Sissoko »). */
    private static final Pattern TITLE_TAIL = Pattern.compile("\\s+(?:\\p{Ll}+\\s+){0,2}");

    /** A comma and abbreviated titles before an apposed name (", Brig.-Gen. ", ", Dr "). */
    private static final Pattern TITLED_NAME = Pattern.compile(
            "\\s*,\\s+(?:\\p{Lu}[\\p{L}.-]*\\.?\\s+){0,2}");

    /**
     * A complement of up to three words that a preposition opens, a comma and abbreviated titles before an
     * apposed name (" du programme, ", " de l'association, ", " of the charity, Dr ").
     */
    private static final Pattern COMPLEMENT_NAME = Pattern.compile(
            "\\s+(?:du|de|des|of|d['’])\\s*[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2}\\s*,\\s+(?:\\p{Lu}[\\p{L}.-]*\\.?\\s+){0,2}");

    /**
     * An optional complement, a comma and one lower-case word before an apposed name (", cheikh ", " du
     * quartier, imam "): a title when it heads a person's description.
     */
    private static final Pattern NOUN_TITLED_NAME = Pattern.compile(
            "(?:\\s+(?:du|de|des|of|d['’])\\s*[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){0,2})?\\s*,\\s+(\\p{Ll}+)\\s+");

    /** A capitalised word of up to four characters right after a name, before a comma ("KC", "MP", "Jr."). */
    private static final Pattern POST_NOMINAL = Pattern.compile(" (\\p{Lu}[\\p{L}.]{1,3})(?=,)");

    private ApposedNames() {
    }

    /**
     * The person named in apposition right after a description, behind a title with its article ("Le
     * directeur du centre, le commandant Issoufou Maïga, reconnaît …"), or null.
     */
    static Referent after(SpeakerDocument d, Referent r) {
        int end = r.span().end();
        for (Referent n : d.referents.within(end, Math.min(d.text.length(), end + DefiniteReferents.APPOSED_REACH))) {
            String between = d.text.substring(end, n.span().start());
            if (n.person() != null && n.description() == null
                    && !Tokens.opensClauseAfterName(d.text, afterPostNominal(d.text, n.span().end()))
                    && (TITLED_NAME.matcher(between).matches() || COMPLEMENT_NAME.matcher(between).matches()
                    || nounTitled(d, between))) {
                return new Referent(r.span(), n.person(), r.description(), n.gender().or(r.gender()));
            }
            if (n.person() != null && n.description() != null && n.description().definite()
                    && COMMA_BETWEEN.matcher(between).matches()
                    && namedRightAfter(d, n)) {
                return new Referent(r.span(), n.person(), r.description(), n.gender().or(r.gender()));
            }
            return AgentAppositions.named(d, r); // "L'experte désignée par le juge, le docteur X"
        }
        return null;
    }

    /**
     * Where the text after a name goes on past the post-nominal letters right after it ("Helen Ashworth KC, told":
     * the comma), or the name's end when none follows.
     */
    private static int afterPostNominal(String text, int nameEnd) {
        Matcher m = POST_NOMINAL.matcher(text).region(nameEnd, text.length());
        return m.lookingAt() && PostNominalWords.is(m.group(1)) ? m.end() : nameEnd;
    }

    /** Whether the person a title description stands for is named right after it ("le commandant Issoufou Maïga"). */
    private static boolean namedRightAfter(SpeakerDocument d, Referent title) {
        for (Mention m : title.person().mentions()) {
            int gap = m.span().start() - title.span().end();
            if (gap >= 1 && gap <= 2 && d.text.substring(title.span().end(), m.span().start()).isBlank()
                    || gap > 2 && gap <= 20 && TITLE_TAIL.matcher(d.text.substring(title.span().end(), m.span().start())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the words between a description and a name are a comma and a title noun (", cheikh "). */
    private static boolean nounTitled(SpeakerDocument d, String between) {
        Matcher m = NOUN_TITLED_NAME.matcher(between);
        return m.matches() && d.headNoun(m.group(1));
    }
}
