package org.retour.speaker;

import java.util.Locale;
import org.retour.person.Referents.Referent;

/**
 * Definite descriptions of a determiner and one noun ("the judge", "the senator") that take up the person named
 * before whose name, role or title before their name holds that noun ("U.S. District Judge Marisol Treviño" … "The
 * judge said", "Sheikh Hussain Rasheed" … "the sheikh said"),
 * rather than the last person named ("Lindqvist told the judge. … The judge said").
 *
 * <p>Stateless and thread-safe.
 */
final class TitleHolders {

    private TitleHolders() {
    }

    /** The person named before {@code r} whose name or role holds its noun, as {@code r}; else null. */
    static Referent holder(SpeakerDocument d, Referent r) {
        if (r == null || r.person() != null || r.description() == null || !r.description().definite()) {
            return null;
        }
        String text = r.description().text().strip();
        if (SplitWords.count(text, SplitWords.SPACES) != 2) {
            return null;
        }
        String noun = SplitWords.last(text, SplitWords.SPACES).toLowerCase(Locale.ROOT);
        for (Referent p : d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH)) {
            if (holds(p.person().canonical(), noun) || holds(p.person().role(), noun) || titledBy(d, p.person(), noun)) {
                return new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender()));
            }
        }
        return null;
    }

    /**
     * Whether a mention of the person by name follows {@code noun} as a capitalised title the name leaves out ("Sheikh
     * Hussain Rasheed" … "the sheikh said", « l'imam Abdelhak Mansouri » … « l'imam »).
     */
    private static boolean titledBy(SpeakerDocument d, org.retour.model.Entity person, String noun) {
        for (org.retour.model.Mention m : person.mentions()) {
            if (m.kind() != org.retour.model.Mention.Kind.NAME) {
                continue;
            }
            int k = d.tokenAt(m.span().start()) - 1;
            if (k >= 0 && noun.equals(d.lower(k))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a capitalised word of {@code name} is {@code noun} ("District Judge Marisol Treviño", "judge"). */
    private static boolean holds(String name, String noun) {
        if (name == null) {
            return false;
        }
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            boolean sep = i == name.length() || SplitWords.separator(name.charAt(i), SplitWords.COMMAS);
            if (!sep && start < 0) {
                start = i;
            } else if (sep && start >= 0) {
                if (Character.isUpperCase(name.charAt(start)) && mayLowerTo(name, start, i, noun)
                        && name.substring(start, i).toLowerCase(Locale.ROOT).equals(noun)) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /**
     * Whether the word {@code [start, end)} of {@code name} may be {@code noun} in lower case: a word of Latin-1
     * letters keeps its length in lower case, so one of another length is not, and needs no lower-casing.
     */
    private static boolean mayLowerTo(String name, int start, int end, String noun) {
        if (end - start == noun.length()) {
            return true;
        }
        for (int i = start; i < end; i++) {
            if (name.charAt(i) > '\u00FF') {
                return true; // lower case may change its length (the dotted capital I)
            }
        }
        return false;
    }
}
