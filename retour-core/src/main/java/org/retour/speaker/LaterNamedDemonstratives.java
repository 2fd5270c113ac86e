package org.retour.speaker;

import org.retour.model.Voice;
import org.retour.person.Referents.Referent;

/**
 * The person an indefinite description of an office or a trade stands for when a demonstrative takes it up further on
 * and gives the name there: « Un chercheur de l'Université de Fribourg … « … », souligne-t-il » then « Pour ce
 * sociologue des religions, Laurent Mettraux, … » — news brings in an expert by the trade first and names them where
 * the demonstrative comes back to them. The first demonstrative description after it of the same voice and a fitting
 * gender, within {@link #REACH}, must have the name in apposition right after it, of a person the text did not name
 * before the indefinite description; an unnamed description of that voice between them leaves it as it is. The voices
 * are those of the offices and trades a text names later ({@link LaterNamedHolders#OFFICES}).
 *
 * <p>Stateless and thread-safe.
 */
final class LaterNamedDemonstratives {

    /** How far (in characters) after the description the demonstrative may come. */
    static final int REACH = 1_500;

    private LaterNamedDemonstratives() {
    }

    /** The person named in apposition to a later demonstrative that takes up the indefinite description {@code r}, or null. */
    static Referent named(SpeakerDocument d, Referent r) {
        Voice voice = r.description() == null || r.description().role() == null ? Voice.UNKNOWN
                : d.voiceOf(r.description().role());
        if (!LaterNamedHolders.OFFICES.contains(voice) || !d.opensIndefinite(r.description())) {
            return null;
        }
        int end = r.span().end();
        for (Referent x : d.referents.within(end, Math.min(d.text.length(), end + REACH))) {
            if (x.description() == null || d.quoted(x.span()) || d.voiceOf(x.description().role()) != voice) {
                continue;
            }
            if (!DemonstrativeDescriptions.bundled().opens(x.description().text(), d.lang)
                    || !x.gender().compatible(r.gender())) {
                return null; // another one of that trade first: the text has not come back to the first
            }
            Referent name = x.person() != null ? x : ApposedNames.after(d, x); // the name the person stage apposed
            if (name == null || name.person() == null || DefiniteReferents.namedBefore(name.person(), end)) {
                return null;
            }
            return new Referent(r.span(), name.person(), r.description(), name.gender().or(r.gender()));
        }
        return null;
    }
}
