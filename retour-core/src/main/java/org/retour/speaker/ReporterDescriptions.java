package org.retour.speaker;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * Descriptions the reporter's own possessive opens, read from {@code org/retour/speaker/reporter-possessives.txt}:
 * « lance notre interlocuteur », "said our host", „sagt unser Gesprächspartner“ name the person the text has
 * just brought in, named or not, whatever the noun says of them.
 *
 * <p>Immutable and thread-safe.
 */
final class ReporterDescriptions {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/reporter-possessives.txt";

    private static final ReporterDescriptions BUNDLED = new ReporterDescriptions(ResourceLines.classpath(RESOURCE));

    /** Voices of office holders, whom the reporter names by their office rather than as the person met. */
    private static final Set<Voice> OFFICE = EnumSet.of(Voice.OFFICIAL, Voice.RESEARCHER, Voice.JOURNALIST);

    private final Map<String, Set<String>> possessives;
    private final Map<String, Set<String>> nouns;

    ReporterDescriptions(List<String> lines) {
        List<String> p = new ArrayList<>();
        List<String> n = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            for (int i = 2; i < f.length; i++) {
                (f[1].equals("possessive") ? p : n).add(f[0] + " " + f[i]);
            }
        }
        this.possessives = ResourceLines.byLanguage(p, true);
        this.nouns = ResourceLines.byLanguage(n, true);
    }

    /** The bundled words. */
    static ReporterDescriptions bundled() {
        return BUNDLED;
    }

    /** Whether a description opens with a reporter's possessive and a noun for the person met, of {@code lang}. */
    boolean opens(String description, String lang) {
        Set<String> p = possessives.get(lang);
        Set<String> n = nouns.get(lang);
        if (description == null || p == null || n == null) {
            return false;
        }
        String[] w = description.strip().toLowerCase(Locale.ROOT).split("\\s+");
        return w.length >= 2 && p.contains(w[0]) && n.contains(w[1]);
    }

    /**
     * The person a reporter's description {@code r} stands for: the person of the most recent mention before it
     * of a compatible gender when that mention is a name and no office holder's (« Abdelkader, la quarantaine, … » … « lance notre
     * interlocuteur »); else {@code r} itself, the unnamed person just brought in (« un ancien du groupe a accepté
     * de nous parler … confie notre interlocuteur »).
     */
    static Referent named(SpeakerDocument d, Referent r) {
        Referent last = d.referents.mostRecent(r.span().start(), r.gender());
        if (last == null || last.person() == null || OFFICE.contains(d.voiceOf(last.person().role()))) {
            return r;
        }
        return new Referent(r.span(), last.person(), r.description(), last.gender().or(r.gender()));
    }
}
