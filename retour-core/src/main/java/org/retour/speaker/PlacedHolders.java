package org.retour.speaker;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.retour.model.Mention;
import org.retour.person.Referents.Referent;

/**
 * Whom a definite description with a place complement stands for when a person named before carries that place
 * in the brackets after their name, as French news gives a member of parliament's party and constituency:
 * « la députée Élise Fournier (Renaissance, Val-d'Oise) » … « estime l'élue du Val-d'Oise ».
 *
 * <p>Stateless and thread-safe.
 */
final class PlacedHolders {

    /** A place complement right after a description: « du Val-d'Oise », « de la Drôme », « de Lyon ». */
    private static final Pattern COMPLEMENT = Pattern.compile(
            "\\s+(?:du|des|de la|de l['’]|d['’]|de)\\s*(\\p{Lu}[\\p{L}'’-]*(?:[ -]\\p{Lu}[\\p{L}'’-]*){0,3})");

    /** How far (in characters) the place complement may run after the description. */
    private static final int COMPLEMENT_REACH = 60;

    /** How far (in characters) after a name its brackets may close. */
    private static final int BRACKET_REACH = 80;

    /** How many of a person's first names by name may carry the brackets: they come when the person is introduced. */
    private static final int FIRST_NAMES = 3;

    private PlacedHolders() {
    }

    /**
     * The latest person named within {@link CueSpeakerResolver#NAMED_REACH} before {@code r}, of a compatible
     * gender, one of whose names before it is followed by brackets that hold the place of the complement right
     * after {@code r}, as {@code r}; else null.
     */
    static Referent named(SpeakerDocument d, Referent r) {
        int end = r.span().end();
        int bound = Math.min(d.text.length(), end + COMPLEMENT_REACH);
        if (!mayOpenComplement(d.text, end, bound)) {
            return null;
        }
        Matcher m = COMPLEMENT.matcher(d.text).region(end, bound);
        if (!m.lookingAt()) {
            return null;
        }
        String place = m.group(1);
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH)) {
            int seen = 0;
            for (Mention n : p.person().mentions()) {
                if (n.kind() != Mention.Kind.NAME) {
                    continue;
                }
                if (++seen > FIRST_NAMES || n.span().end() > r.span().start()) {
                    break;
                }
                if (bracketed(d.text, n.span().end(), place)) {
                    return new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender()));
                }
            }
        }
        return null;
    }

    /**
     * Whether {@link #COMPLEMENT} may match at {@code at} within {@code [at, bound)}: white space ({@code \s}) and
     * then a "d", as every one of its prepositions opens. Design decision: most descriptions have none after them,
     * and this turns them away without starting the matcher.
     */
    private static boolean mayOpenComplement(String text, int at, int bound) {
        int i = at;
        while (i < bound && space(text.charAt(i))) {
            i++;
        }
        return i > at && i < bound && text.charAt(i) == 'd';
    }

    /** Whether {@code c} is white space as {@code \s} of a pattern reads it. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** Whether brackets open right after {@code at} and hold {@code place} as a whole word before they close. */
    private static boolean bracketed(String text, int at, String place) {
        int i = at;
        while (i < text.length() && i - at < 2 && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '(') {
            return false;
        }
        int close = -1;
        for (int k = i + 1; k < Math.min(text.length(), i + BRACKET_REACH); k++) {
            if (text.charAt(k) == ')') {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        int found = text.substring(i, close).indexOf(place) + i;
        int after = found + place.length();
        return found > i && after <= close && !Character.isLetter(text.charAt(found - 1))
                && (after == close || !Character.isLetter(text.charAt(after)));
    }
}
