package org.retour.speaker;

import java.util.List;
import java.util.Objects;
import org.retour.person.Gender;
import org.retour.person.Referents.Referent;
import org.retour.person.Tokens;
import org.retour.speaker.LetterWords.Kind;

/**
 * The person a third-person pronoun cue names inside someone's own account told without quotation marks: an
 * interview's answer or a transcript's turn in the first person (« Par mon cousin, Lakhdar. Il était parti avant moi.
 * Il me disait : « … » », « Mon émir a ri. Il a dit à un autre : « … » »). The narrator speaks of themself as "je",
 * so "il" or "elle" there is someone they tell of: the nearest person of that gender before the cue in the
 * paragraph, not the speaker whose account it is.
 *
 * <p>Reads the paragraph before the cue once. Immutable and thread-safe.
 */
final class AccountThirdPersons {

    /** The bundled resource of subject pronouns. */
    static final String RESOURCE = "org/retour/speaker/account.txt";
    /** How many object pronouns may stand between a subject pronoun and its verb. */
    static final int CLITICS = 2;

    /** What a word of the resource says. */
    private enum Word { HE, SHE, CLITIC }

    private final LetterWords words;
    private final java.util.Map<String, java.util.Map<String, Word>> pronouns;

    AccountThirdPersons(LetterWords words) {
        this.words = Objects.requireNonNull(words);
        this.pronouns = org.retour.resource.ResourceLines.kindsByLanguage(
                org.retour.resource.ResourceLines.classpath(RESOURCE), Word.class, "account", true);
    }

    /**
     * The gender of a third-person subject pronoun right before a cue's verb, object pronouns between (« Il me
     * disait », « Elle m'a dit »), or null when none stands there.
     */
    private Gender subject(SpeakerDocument d, CueMatch cue) {
        java.util.Map<String, Word> m = pronouns.get(d.lang);
        if (m == null) {
            return null;
        }
        for (int k = cue.first() - 1, seen = 0; k >= 0 && seen <= CLITICS && Tokens.isWord(d.tokens.get(k)); k--, seen++) {
            Word kind = m.get(d.lower(k));
            if (kind == Word.HE || kind == Word.SHE) {
                return kind == Word.HE ? Gender.MALE : Gender.FEMALE;
            }
            if (kind != Word.CLITIC) {
                return null;
            }
        }
        return null;
    }

    /**
     * The person the pronoun cue {@code cue} before a quote names when its paragraph is a first-person account with
     * no quotation marks before the cue, other than {@code narrator} (the speaker the cue would keep): the nearest
     * referent of the pronoun's gender before the cue in the paragraph (of the subject pronoun before the verb when the
     * cue found no subject and no speaker: « Il me disait : »); else {@code speaker}, unchanged.
     */
    Referent speaker(SpeakerDocument d, CueMatch cue, int prevEnd, Referent speaker, Referent narrator) {
        if (cue == null || cue.source() || cue.pronoun() == null && speaker != null) {
            return speaker;
        }
        int paragraph = d.paragraphStarts.get(d.paragraph(cue.span().start()));
        if (prevEnd > paragraph) {
            return speaker; // a quote stands before the cue in its paragraph: no account told without marks
        }
        int at = cue.span().start();
        boolean first = false;
        for (int k = d.tokenAt(paragraph); k < d.tokens.size() && d.tokens.get(k).span().end() <= at && !first; k++) {
            if (Tokens.isWord(d.tokens.get(k))) {
                Kind kind = words.kindAt(d, k);
                first = kind == Kind.SELF || kind == Kind.MINE;
            }
        }
        if (!first) {
            return speaker;
        }
        Gender g = cue.pronoun() == null ? subject(d, cue) : cue.pronoun().pronoun().gender(); // "Il me disait :" has no
        // subject the cue holds
        if (g == null) {
            return speaker;
        }
        List<Referent> before = d.referents.within(paragraph, at);
        Referent nearest = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            Referent r = before.get(i);
            if (label(d, paragraph, r) || SpeakerDocument.same(r, narrator)) {
                continue;
            }
            if (SpeakerDocument.same(r, speaker)) {
                return speaker; // the pronoun already names someone the account tells of
            }
            if (nearest == null && r.gender().compatible(g)) {
                nearest = r;
            }
        }
        return nearest;
    }

    /** Whether a referent opens its paragraph before a colon: the speaker of a transcript's turn (« Bilal H. : … »). */
    private static boolean label(SpeakerDocument d, int paragraph, Referent r) {
        if (!QuoteOffsets.blank(d.text, paragraph, r.span().start())) {
            return false;
        }
        int i = r.span().end();
        while (i < d.text.length() && d.text.charAt(i) == ' ') {
            i++;
        }
        return i < d.text.length() && d.text.charAt(i) == ':';
    }
}
