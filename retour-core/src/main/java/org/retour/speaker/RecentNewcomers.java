package org.retour.speaker;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;

/**
 * The unnamed newcomer a definite description takes up a paragraph or two after the text brought them in: "Another
 * surrenderer, a 19-year-old … who did not want to be named, said …" then, a paragraph on, "“…,” the teenager said";
 * « Un troisième homme, qui n'a pas donné son nom, … » then « …, dit le jeune homme ». The newcomer opens their
 * sentence with an indefinite or an ordinal description; no one is named outside the quotes between them and the
 * description, which says nothing of who but an age or a sex, or gives the newcomer's voice.
 *
 * <p>Stateless and thread-safe.
 */
final class RecentNewcomers {

    /** How many paragraphs before the description's the newcomer may have been brought in. */
    static final int PARAGRAPHS = 2;

    /** Voices of the unnamed newcomers news takes up so: former members and kin. */
    private static final Set<Voice> NEWCOMERS = EnumSet.of(Voice.DEFECTOR, Voice.RETURNEE, Voice.RECRUITER,
            Voice.RELATIVE);

    private RecentNewcomers() {
    }

    /** The newcomer the definite description {@code r} of voice {@code described} takes up, or null. */
    static Referent taken(SpeakerDocument d, Referent r, Voice described) {
        RoleAges ages = d.descriptionMemo.ages(r.description().role(), d.lang);
        boolean plain = described == Voice.UNKNOWN && (ages.plain() || ages.aged() || ages.decade() > 0);
        if (!plain && !NEWCOMERS.contains(described)) {
            return null;
        }
        int paragraph = d.paragraph(r.span().start());
        int from = d.paragraphStarts.get(Math.max(0, paragraph - PARAGRAPHS));
        List<Referent> before = d.referents.within(from, r.span().start());
        for (int i = before.size() - 1; i >= 0; i--) {
            Referent x = before.get(i);
            if (d.quoted(x.span()) || x.description() == r.description()) {
                continue;
            }
            if (x.person() != null) {
                return null; // someone named since: the description may be theirs
            }
            if (x.description() == null || !x.gender().compatible(r.gender()) || !opensSentence(d, x)) {
                continue;
            }
            if (!newcomer(d, x)) {
                return null; // another person brought in at a sentence's head
            }
            Voice introduced = d.voiceOf(x.description().role());
            return NEWCOMERS.contains(introduced) && (described == introduced || plain)
                    || introduced == Voice.UNKNOWN && plain ? TiedReferents.tied(d, x) : null; // "A 19-year-old from Macomia"
        }
        return null;
    }

    /** Whether an unnamed description is brought in by an indefinite determiner or an ordinal ("The third man"). */
    private static boolean newcomer(SpeakerDocument d, Referent x) {
        return !d.opensPossessive(x.description()) && (!x.description().definite() && d.opensIndefinite(x.description())
                || x.description().definite() && OrdinalDescriptions.ordinal(d, x));
    }

    /** Whether a referent is the first word of its sentence. */
    private static boolean opensSentence(SpeakerDocument d, Referent x) {
        return SpeakerSentences.sentenceStart(d, x.span().start()) == x.span().start();
    }
}
