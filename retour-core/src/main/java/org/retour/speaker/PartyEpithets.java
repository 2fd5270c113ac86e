package org.retour.speaker;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The politician a definite description with a party's or an elected office's word stands for, read from
 * {@code org/retour/speaker/party-epithets.txt}: political reporting takes up a person named before with such an
 * epithet ("Doug Hartley has a line …" then "“…,” the Republican House candidate told supporters"), never
 * brings in someone new that way. The person whose role shares the description's party word comes first
 * ("Rep. X, a California Democrat" … "the Democrat said"), else the most recent person named before it who holds
 * an office or whose role the text does not give, unless that role names another party.
 *
 * <p>Immutable and thread-safe.
 */
final class PartyEpithets {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/party-epithets.txt";

    private static final PartyEpithets BUNDLED = new PartyEpithets(ResourceLines.classpath(RESOURCE));

    /** What an epithet word says: a party or an office. */
    enum Kind { PARTY, OFFICE }

    /** Per language, each word and its kind. */
    private final Map<String, Map<String, Kind>> words;

    PartyEpithets(List<String> lines) {
        this.words = ResourceLines.kindsByLanguage(lines, Kind.class, "party-epithets", true);
    }

    /** The bundled epithets. */
    static PartyEpithets bundled() {
        return BUNDLED;
    }

    /**
     * The named person the definite description {@code r} takes up, when its role holds an epithet word, among
     * the persons named at most {@link CueSpeakerResolver#NAMED_REACH} characters before it; else null.
     */
    Referent named(SpeakerDocument d, Referent r) {
        Map<String, Kind> own = words.get(d.lang);
        if (own == null || r == null || r.person() != null || r.description() == null || !r.description().definite()) {
            return null;
        }
        List<String> described = RoleWords.of(r.description().role().toLowerCase(Locale.ROOT));
        String party = null;
        boolean epithet = false;
        for (String w : described) {
            Kind k = own.get(w);
            epithet |= k != null;
            party = party == null && k == Kind.PARTY ? w : party;
        }
        if (!epithet) {
            return null;
        }
        List<Referent> before = d.referents.namedBefore(r.span().start(), r.gender(), CueSpeakerResolver.NAMED_REACH);
        Referent open = null;
        for (Referent p : before) {
            String role = p.person().role();
            String other = role == null ? null : partyOf(own, role);
            if (party != null && party.equals(other)) {
                return tied(r, p); // "Rep. Tom Ashby, the panel's top Republican" … "the Texas Republican asked"
            }
            if (open == null && other == null && (role == null || d.voiceOf(role) == Voice.OFFICIAL)) {
                open = p;
            }
        }
        return open == null ? null : tied(r, open);
    }

    /** The first party word of a role, or null. */
    private static String partyOf(Map<String, Kind> own, String role) {
        for (String w : RoleWords.of(role.toLowerCase(Locale.ROOT))) {
            if (own.get(w) == Kind.PARTY) {
                return w;
            }
        }
        return null;
    }

    private static Referent tied(Referent r, Referent p) {
        return new Referent(r.span(), p.person(), r.description(), p.gender().or(r.gender()));
    }
}
