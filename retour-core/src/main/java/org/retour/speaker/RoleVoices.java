package org.retour.speaker;

import java.util.List;
import java.util.Locale;
import org.retour.model.Voice;
import org.retour.person.PersonLexicon;
import org.retour.person.WordMemo;

/**
 * The voice a speaker's role gives ({@link DocumentSpeakers#voiceOf}): the voice lexicon's, except that a role that
 * leads a group of the led ("heads the returnee unit") gives the leader's voice, and one that leads practitioners
 * ("heads a team of six mentors") a practitioner's.
 *
 * <p>Design decision: the reading is a function of the role, the language and the two lexicons alone, and the same
 * roles come back article after article ("the prosecutor", « le prévenu »), so each thread keeps its answers across
 * documents ({@link WordMemo}) instead of reading every role once per document: a lookup replaces splitting the role
 * into words and three lexicon lookups. Not thread-safe: {@link #of} gives each thread its own.
 */
final class RoleVoices {

    /** Voices that a relative clause's object gives, not the person who leads or studies it. */
    private static final java.util.Set<Voice> LED = java.util.EnumSet.of(Voice.RETURNEE, Voice.DEFECTOR,
            Voice.RELATIVE, Voice.RECRUITER, Voice.UNKNOWN);
    /** This thread's reader of the lexicons it read last. */
    private static final ThreadLocal<RoleVoices> LAST = new ThreadLocal<>();

    private final VoiceLexicon voices;
    private final PersonLexicon lexicon;
    private final WordMemo<Voice> memo;

    private RoleVoices(VoiceLexicon voices, PersonLexicon lexicon) {
        this.voices = voices;
        this.lexicon = lexicon;
        this.memo = WordMemo.<Voice>perThread(this::read).get(); // the memo of this thread, which alone holds it
    }

    /** This thread's reader of roles with {@code voices} and {@code lexicon}. */
    static RoleVoices of(VoiceLexicon voices, PersonLexicon lexicon) {
        RoleVoices r = LAST.get();
        if (r == null || r.voices != voices || r.lexicon != lexicon) {
            r = new RoleVoices(voices, lexicon);
            LAST.set(r);
        }
        return r;
    }

    /** The voice {@code role} (not null) gives in {@code lang}. */
    Voice get(String role, String lang) {
        return memo.get(role, lang);
    }

    private Voice read(String role, String lang) {
        Voice v = voices.voiceOf(role, lang);
        List<String> words = RoleWords.of(role.toLowerCase(Locale.ROOT));
        if (!words.isEmpty() && lexicon.is(PersonLexicon.Kind.LEAD, words.get(0), lang)) {
            Voice led = voices.voiceOf(String.join(" ", words.subList(1, words.size())), lang);
            Voice lead = voices.voiceOf(words.get(0), lang); // "heads the returnee unit": who leads them
            if (LED.contains(v)) {
                v = lead == Voice.UNKNOWN ? v : lead;
            } else if (led == Voice.OTHER) {
                v = Voice.OTHER; // "heads a team of six mentors": a practitioner among practitioners
            }
        }
        return v;
    }
}
