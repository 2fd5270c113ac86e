package org.retour.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The person a definite description of the accused (« le prévenu », « l'accusée », « l'intéressé », "the defendant")
 * stands for when no nearer rule settles it: the article's protagonist, the first person its lead names whose gender
 * fits and who holds no office and is no relative (« Ilias D. (32 ans), de Seraing, comparaissait … » … three
 * paragraphs on, « Le prévenu secoue la tête. « … » »). Court reports and profiles name the one they are about at
 * the head and then call them by that noun, however many people the accused tells of were named since. Immutable and thread-safe.
 */
final class Defendants {

    static final String RESOURCE = "org/retour/speaker/defendants.txt";
    /** How far into the text (in characters) the lead that names the protagonist reaches. */
    static final int LEAD_REACH = 1500;
    /** Voices that never stand trial as the one the article is about. */
    private static final Set<Voice> NOT_ACCUSED = java.util.EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER,
            Voice.JOURNALIST, Voice.ORGANISATION, Voice.RELATIVE);

    /** Voices of the unnamed persons a description of the accused may take up: who says nothing of a role, or a former member. */
    private static final Set<Voice> TAKEN_UP = java.util.EnumSet.of(Voice.UNKNOWN, Voice.DEFECTOR, Voice.RETURNEE,
            Voice.RECRUITER);

    private static final Defendants BUNDLED = new Defendants(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> nouns;

    Defendants(List<String> lines) {
        this.nouns = ResourceLines.byLanguage(lines, true);
    }

    static Defendants bundled() {
        return BUNDLED;
    }

    /** The protagonist a definite description of the accused {@code r} stands for, or null. */
    Referent named(SpeakerDocument d, Referent r) {
        return r.description() == null || !r.description().definite() ? null : protagonist(d, r);
    }

    /**
     * As {@link #named}, for a description of the accused that a possessive opens as well ("her client had told
     * gardaí", « son client a reconnu »): a lawyer's client is the one on trial.
     */
    Referent protagonist(SpeakerDocument d, Referent r) {
        if (r.person() != null || r.description() == null || !accused(d.lang, r.description().role())) {
            return null;
        }
        int start = r.span().start();
        for (Referent p : d.referents.within(0, Math.min(start, LEAD_REACH))) {
            if (p.person() == null && p.description() != null && NOT_ACCUSED.contains(d.voiceOf(p.description().role()))) {
                return null; // « L'avocat général s'est levé … Jérôme V. a requis … »: the lead opens on an office
            }
            if (p.person() == null || p.description() != null) {
                continue;
            }
            if (!p.gender().compatible(r.gender()) || !d.bodyAlone(p.person().role()) // "for the prosecution, Mr Walsh"
                    && NOT_ACCUSED.contains(d.voiceOf(p.person().role()))) {
                return null; // the first person named is someone else: the lead names no protagonist of that noun
            }
            return new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender()));
        }
        return null;
    }

    /**
     * Whether a description that stands for the accused ({@code described}) may take up an unnamed person told of
     * by {@code other}: only one the text says nothing of or a former member, never a witness, a lawyer or an
     * official (« Le second témoin … « … », affirme-t-il. « … », proteste le prévenu » is not the witness); any
     * other description may.
     */
    boolean takesUp(SpeakerDocument d, org.retour.person.PersonDescription described, Voice other) {
        return !accused(d.lang, described.role()) || TAKEN_UP.contains(other);
    }

    /** Whether a role is a noun of the accused (« prévenu », "defendant"). */
    boolean accused(String lang, String role) {
        if (role == null) {
            return false;
        }
        Set<String> words = nouns.get(lang);
        return words != null && words.contains(role.strip().toLowerCase(Locale.ROOT));
    }
}
