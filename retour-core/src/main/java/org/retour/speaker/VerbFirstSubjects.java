package org.retour.speaker;

import java.util.List;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.Referents.Referent;

/**
 * The speaker of an Arabic cue whose verb comes first, where a subject found before the verb belongs to another
 * clause: the person named right after the verb (« وعندما سأله رئيس الهيئة عن …، قال الزعبي: »), else, when the
 * one before is the asker of a question put to someone through the suffix of the verb of asking (« سأله »), the
 * one asked, whom the verb's implied pronoun stands for (« وعندما سأله رئيس المحكمة عن …، قال: »).
 *
 * <p>Immutable and thread-safe.
 */
final class VerbFirstSubjects {

    private final SpeechCues cues;
    private final PronounSpeakers pronounSpeakers;
    private final Exchanges exchanges;

    VerbFirstSubjects(SpeechCues cues, PronounSpeakers pronounSpeakers, Exchanges exchanges) {
        this.cues = cues;
        this.pronounSpeakers = pronounSpeakers;
        this.exchanges = exchanges;
    }

    /**
     * The speaker of the Arabic cue {@code cue} of the quote at {@code open} in place of {@code before}, the subject
     * found before its verb in the window ending at {@code windowEnd}; null when {@code before} stands.
     */
    Referent instead(SpeakerDocument d, CueMatch cue, Referent before, int windowEnd, int open) {
        if (!"ar".equals(d.lang) || before == null || cue.source() || cue.pronoun() != null) {
            return null;
        }
        List<Referent> after = d.referents.within(cue.span().end(), windowEnd);
        if (!after.isEmpty() && after.get(0).person() != null
                && SpeakerSentences.wordsBetween(d, cue.span().end(), after.get(0).span().start()) == 0) {
            return after.get(0); // « …، قال الزعبي: »: the name right after the verb is its subject
        }
        Gender gender = cues.verbGender(d.lower(cue.last()), d.lang);
        Referent asker = gender == Gender.UNKNOWN ? null
                : AskedAfterObjects.bundled().asker(d, exchanges, cue.span().start(), gender);
        if (asker == null || !SpeakerDocument.same(asker, before)) {
            return null;
        }
        Referent asked = pronounSpeakers.resolve(d, new Pronoun(gender, false), cue.span().start(), open, asker);
        return asked != null && !SpeakerDocument.same(asked, asker) ? asked : null; // « سأله رئيس المحكمة …، قال: »
    }
}
