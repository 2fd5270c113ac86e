package org.retour.person;

import java.util.List;
import org.retour.person.FoundPersons.Found;

/**
 * Which of several persons of one surname a gendered honorific before that surname names: "Mrs Pearce" after "Liam
 * Pearce, 38" and "Gaylene Pearce, 64" is his mother, "Mr Breslin" after "Niamh Breslin" and "Declan Breslin" her
 * father. The first person of the surname keeps it unless their given name has the other gender and a later one's
 * given name has the honorific's.
 *
 * <p>Stateless and thread-safe.
 */
final class HonorificSurnames {

    private HonorificSurnames() {
    }

    /**
     * The person of {@code order} whose surname is {@code surname} and whose given name has {@code gender}, the
     * honorific's, or else the only one whose given name has no known gender, when {@code known}'s given name has
     * the other gender; else {@code known}.
     */
    static Found of(PersonLexicon lexicon, Gender gender, String surname, Found known, List<Found> order) {
        if (known == null || gender == null || gender == Gender.UNKNOWN || !conflicts(lexicon, known, gender)) {
            return known;
        }
        String ending = " " + surname;
        Found unknown = null;
        int unknowns = 0;
        for (Found f : order) {
            if (f == known || !f.canonical.endsWith(ending)) {
                continue;
            }
            Gender own = given(lexicon, f);
            if (own == gender) {
                return f;
            }
            if (own == Gender.UNKNOWN) {
                unknown = f;
                unknowns++;
            }
        }
        return unknowns == 1 ? unknown : known; // "Gaylene Pearce": a given name the lexicon lacks
    }

    /** Whether the given name of {@code f} has a gender other than {@code gender}. */
    private static boolean conflicts(PersonLexicon lexicon, Found f, Gender gender) {
        Gender own = given(lexicon, f);
        return own != Gender.UNKNOWN && own != gender;
    }

    /** The gender of the first word of {@code f}'s name as a given name, or unknown. */
    private static Gender given(PersonLexicon lexicon, Found f) {
        int space = f.canonical.indexOf(' ');
        Gender g = space > 0 ? lexicon.firstName(f.canonical.substring(0, space)) : null;
        return g == null ? Gender.UNKNOWN : g;
    }
}
