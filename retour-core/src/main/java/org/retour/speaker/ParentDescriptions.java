package org.retour.speaker;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * Descriptions of a parent by the children they have, read from {@code org/retour/speaker/parenthood.txt}: « le
 * père de trois enfants », « la mère de famille », "the mother of four", „der Vater von zwei Kindern“ say who a
 * person is as a family man or woman, not whose parent they are, so they stand for the person named before of no
 * kin role rather than for someone's father named earlier.
 *
 * <p>Immutable and thread-safe.
 */
final class ParentDescriptions {

    /** What separates the words after a description: white space and marks inside a sentence. */
    private static final Pattern BREAKS = Pattern.compile("[\\s,.;:]+");

    /** Voices of the persons a description of a parent by their children may stand for: who has no trade or kin role. */
    private static final java.util.Set<Voice> FAMILY = java.util.EnumSet.of(Voice.UNKNOWN, Voice.DEFECTOR,
            Voice.RETURNEE, Voice.RECRUITER);

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/parenthood.txt";

    private static final ParentDescriptions BUNDLED = new ParentDescriptions(ResourceLines.classpath(RESOURCE));

    /** What a word of the resource is. */
    enum Kind { PARENT, OF, COUNT, AGE }

    /** How many characters after a description its preposition and count are looked for. */
    private static final int WINDOW = 30;

    private final Map<String, Map<String, Kind>> byLanguage;

    ParentDescriptions(Iterable<String> lines) {
        this.byLanguage = ResourceLines.kindsByLanguage(lines, Kind.class, "parenthood", false);
    }

    /** The bundled words. */
    static ParentDescriptions bundled() {
        return BUNDLED;
    }

    /**
     * Whether a description is a parent's noun followed by its preposition and a count or the family (« le père
     * de trois enfants », "the mother of 4", „die Mutter von zwei Kindern“), the noun its role's only or last word
     * ("la jeune mère de deux enfants"); a number in figures counts children unless a word of age follows it
     * (« la mère de 54 ans »).
     */
    boolean ofChildren(String text, org.retour.person.PersonDescription description, String lang) {
        Map<String, Kind> words = byLanguage.get(lang);
        String role = description.role();
        if (role == null || words == null) {
            return false;
        }
        if (words.get(SplitWords.last(role.toLowerCase(Locale.ROOT), SplitWords.SPACES)) != Kind.PARENT) {
            return false;
        }
        int end = description.span().end();
        String[] next = BREAKS.split(text.substring(end, Math.min(text.length(), end + WINDOW)).strip()
                .toLowerCase(Locale.ROOT), 3);
        return next.length >= 2 && words.get(next[0]) == Kind.OF
                && (words.get(next[1]) == Kind.COUNT || figures(next[1]) && !(next.length == 3 && age(words, next[2])));
    }

    private static boolean figures(String word) {
        return !word.isEmpty() && word.chars().allMatch(Character::isDigit);
    }

    /** Whether {@code rest} opens with a word of age: « la mère de 54 ans » gives her age, not her children. */
    private static boolean age(Map<String, Kind> words, String rest) {
        String[] first = BREAKS.split(rest, 2);
        return first.length > 0 && words.get(first[0]) == Kind.AGE;
    }

    /**
     * The person a description of a parent by their children stands for: the most recent person named before it
     * with its gender and no role, or that of a former member (not someone's kin: "Son père, Ibrahim" is no « père
     * de trois enfants », nor a trade: « la pénaliste »); else the description itself.
     */
    static Referent familyPerson(SpeakerDocument d, Referent r) {
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH)) {
            Voice own = d.voiceOf(p.person().role());
            if (p.person().role() == null || FAMILY.contains(own)) {
                return new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender()));
            }
        }
        return r;
    }
}
