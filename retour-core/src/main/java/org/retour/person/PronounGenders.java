package org.retour.person;

import java.util.Locale;
import org.retour.model.Entity;
import org.retour.model.Mention;

/**
 * The gender the pronouns linked to a person give when neither the name nor the role gives one ("Vian Qasim, 19, was
 * sold three times. “…,” she told Rudaw." then "the man who bought her"): every singular pronoun linked to the person
 * marks the same gender, and there are at least {@link #MIN_PRONOUNS} of them.
 *
 * <p>Design decision: one pronoun the linker may have given the wrong person does not make a gender; two or more that
 * agree, with none against them, do.
 *
 * <p>Stateless and thread-safe.
 */
final class PronounGenders {

    /** How many agreeing pronouns make a gender. */
    static final int MIN_PRONOUNS = 2;

    private PronounGenders() {
    }

    /** The gender every singular pronoun linked to {@code person} marks, or {@link Gender#UNKNOWN}. */
    static Gender of(Entity person, PersonLexicon lexicon, String lang) {
        Gender found = Gender.UNKNOWN;
        int count = 0;
        for (Mention m : person.mentions()) {
            if (m.kind() != Mention.Kind.PRONOUN) {
                continue;
            }
            Pronoun p = lexicon.pronoun(m.text().toLowerCase(Locale.ROOT), lang);
            if (p == null || p.plural() || p.gender() == Gender.UNKNOWN) {
                continue;
            }
            if (found != Gender.UNKNOWN && p.gender() != found) {
                return Gender.UNKNOWN;
            }
            found = p.gender();
            count++;
        }
        return count >= MIN_PRONOUNS ? found : Gender.UNKNOWN;
    }
}
