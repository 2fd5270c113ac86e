package org.retour.speaker;

import org.retour.model.Entity;
import org.retour.model.Voice;
import org.retour.person.PersonLexicon;
import org.retour.person.Referents.Referent;

/**
 * The speakers of one document's referents: a named person with the role the text gives them (their own, that of
 * the description that stands for them, or none when the role only names a state body) and the voice it gives, a
 * description with its own, a body an institution phrase names; letter writers speak as former fighters and the
 * byline's author as a journalist. What it reads once per document (the voices of roles, the described roles, the
 * byline, the stand-ins) it keeps.
 *
 * <p>Not thread-safe: one per {@link SpeakerDocument}, read by the thread that resolves that document.
 */
final class DocumentSpeakers {

    private final SpeakerDocument d;
    private final VoiceLexicon voices;
    /** The voices of the roles read so far, on this thread. */
    private final RoleVoices roleVoices;
    /** The role of the first description standing for each named person, built on first use. */
    private java.util.Map<Entity, String> describedRoles;
    /** The person the byline names, once {@link #bylineRead}. */
    private Entity byline;
    private boolean bylineRead;
    /** The persons that stand for others ({@link StandIns}), built on first use. */
    private java.util.Map<Entity, Entity> standIns;

    DocumentSpeakers(SpeakerDocument d, PersonLexicon lexicon, VoiceLexicon voices) {
        this.d = d;
        this.voices = voices;
        this.roleVoices = RoleVoices.of(voices, lexicon);
    }

    /**
     * The role of the first description that stands for a named person ("A Belgian returnee" for Yassin
     * O.), not a trade given after an age ("Hiba, 31, a nurse": who she is in private life), or null.
     */
    String describedRole(Entity person) {
        if (describedRoles == null) {
            describedRoles = new java.util.IdentityHashMap<>();
            for (Referent r : d.referents.all()) {
                if (r.person() != null && r.description() != null && !outletReporter(r.description())
                        && !org.retour.person.AgedAppositions.pastAge(d.text, r.description().span().start())) { // "Hiba, 31, a nurse"
                    describedRoles.putIfAbsent(r.person(), r.description().role());
                }
            }
        }
        return describedRoles.get(person);
    }

    /**
     * Whether a description is the outlet's own reporter (« notre correspondant », "our reporter", „unsere
     * Korrespondentin“): the article's writer, whose trade no person named elsewhere in the text takes.
     */
    private boolean outletReporter(org.retour.person.PersonDescription description) {
        return ReporterDescriptions.bundled().ownedByReporter(description.text(), d.lang) && voiceOf(description.role()) == Voice.JOURNALIST;
    }

    /** The speaker a referent is: a named person with their role, or a description; letter writers as fighters. */
    org.retour.model.Speaker speaker(Referent r) {
        if (r.person() != null) {
            Entity e = standFor(r.person());
            String role = e.role() != null ? e.role() : r.description() != null
                    && !org.retour.person.AgedAppositions.pastAge(d.text, r.description().span().start())
                    ? r.description().role() : describedRole(e);
            Voice v = bodyAlone(role) ? Voice.UNKNOWN : voiceOf(role); // "for the prosecution, Mr Walsh": not who he is
            v = v == Voice.UNKNOWN && e == byline() ? Voice.JOURNALIST : v; // "By Helen Marsh" … "“…?” I asked."
            return new org.retour.model.Speaker(e.id(), e.canonical(), null, role, writerVoice(e, v));
        }
        org.retour.model.Speaker body = InstitutionPhrases.bundled().speaker(d, r.description());
        if (body != null) {
            return body; // « la Fédération française de boxe précise »: the body, not an unnamed person
        }
        return new org.retour.model.Speaker(null, null, r.description().text(), r.description().role(),
                writerVoice(r.description(), voiceOf(r.description().role())));
    }

    /** The person the byline names ({@link BylineNarrators#author}), or null; read on first use. */
    private Entity byline() {
        if (!bylineRead) {
            byline = BylineNarrators.bundled().author(d);
            bylineRead = true;
        }
        return byline;
    }

    /** The person {@code e} stands for when it is another name or a title of theirs ({@link StandIns}), else {@code e}. */
    Entity standFor(Entity e) {
        if (standIns == null) {
            standIns = StandIns.bundled().of(d);
        }
        return standIns.getOrDefault(e, e);
    }

    /** Whether a person's role is one word that names a state body ("prosecution", "FBI"): a side, not a post. */
    boolean bodyAlone(String role) {
        return role != null && voices.soleStateBody(role, d.lang);
    }

    /** A letter writer's voice: a former fighter unless the role says who they are. */
    private Voice writerVoice(Object who, Voice v) {
        return d.writers.contains(who) && (v == Voice.UNKNOWN || v == Voice.RELATIVE || v == Voice.OTHER) ? Voice.DEFECTOR : v;
    }

    /**
     * The voice a role gives; a role that leads a group of the led ("heads the returnee unit") gives the leader's
     * voice ({@link RoleVoices}). Each role is read once per thread.
     */
    Voice voiceOf(String role) {
        return role == null ? Voice.UNKNOWN : roleVoices.get(role, d.lang);
    }
}
