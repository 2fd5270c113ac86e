package org.retour.speaker;

import java.util.Locale;
import java.util.regex.Pattern;
import org.retour.person.Referents.Referent;

/**
 * Definite descriptions of a determiner and one noun ("the judge", "the senator") that take up the person named
 * before whose name or role holds that noun as a title ("U.S. District Judge Marisol Treviño" … "The judge said"),
 * rather than the last person named ("Lindqvist told the judge. … The judge said").
 *
 * <p>Stateless and thread-safe.
 */
final class TitleHolders {

    /** A run of white space between words. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** White space or commas between the words of a name or role. */
    private static final Pattern NAME_BREAKS = Pattern.compile("[\\s,]+");

    private TitleHolders() {
    }

    /** The person named before {@code r} whose name or role holds its noun, as {@code r}; else null. */
    static Referent holder(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null || !r.description().definite()) {
            return null;
        }
        String[] words = SPACES.split(r.description().text().strip());
        if (words.length != 2) {
            return null;
        }
        String noun = words[1].toLowerCase(Locale.ROOT);
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH)) {
            if (holds(p.person().canonical(), noun) || holds(p.person().role(), noun)) {
                return new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender()));
            }
        }
        return null;
    }

    /** Whether a capitalised word of {@code name} is {@code noun} ("District Judge Marisol Treviño", "judge"). */
    private static boolean holds(String name, String noun) {
        if (name == null) {
            return false;
        }
        for (String w : NAME_BREAKS.split(name)) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.toLowerCase(Locale.ROOT).equals(noun)) {
                return true;
            }
        }
        return false;
    }
}
