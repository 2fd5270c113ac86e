package org.retour.speaker;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.retour.model.Entity;
import org.retour.model.Voice;
import org.retour.person.Referents.Referent;
import org.retour.resource.ResourceLines;

/**
 * The person a definite description of a trade takes up when it opens its sentence: the one person its paragraph
 * has named before it, who has no role of their own (« Écouter, c'est le métier de Mathilde R. La sociologue a passé
 * quatre ans … »; "Sarah Lee has read every file. The researcher says …"). The writer gives the person's trade by
 * taking them up. Only nouns of study (the researcher's voice) and the general nouns of a trade of
 * {@code org/retour/speaker/trade-takeups.txt} (« le fonctionnaire », "the expert") do so: a party of the scene
 * (« la présidente », « l'avocat », « le père ») is someone new beside the person named.
 *
 * <p>Immutable and thread-safe.
 */
final class TradeTakeUps {

    /** The bundled resource. */
    static final String RESOURCE = "org/retour/speaker/trade-takeups.txt";

    private static final TradeTakeUps BUNDLED = new TradeTakeUps(ResourceLines.classpath(RESOURCE));

    private final Map<String, Set<String>> byLanguage;

    TradeTakeUps(Iterable<String> lines) {
        Map<String, Set<String>> m = new HashMap<>();
        for (String line : lines) {
            String[] p = line.trim().split("\\s+");
            if (p.length < 2) {
                throw new IllegalArgumentException("trade-takeups line needs 'lang word…': " + line);
            }
            Set<String> words = m.computeIfAbsent(p[0], k -> new HashSet<>());
            for (int i = 1; i < p.length; i++) {
                words.add(p[i].toLowerCase(Locale.ROOT));
            }
        }
        this.byLanguage = Map.copyOf(m);
    }

    /** The bundled nouns. */
    static TradeTakeUps bundled() {
        return BUNDLED;
    }

    /**
     * The named person the definite description {@code r} of one noun takes up at the head of its sentence, or
     * null when it is no such description, when its paragraph names before it no person or several of its gender,
     * or when that person has a role.
     */
    Referent named(SpeakerDocument d, Referent r) {
        if (r.person() != null || r.description() == null || !r.description().definite()) {
            return null;
        }
        String role = r.description().role();
        if (role == null || role.indexOf(' ') >= 0 || !trade(d, role)
                || !opens(d, r.span().start())) {
            return null;
        }
        int paragraph = d.paragraphStarts.get(d.paragraph(r.span().start()));
        Referent only = null;
        for (Referent p : d.referents.within(paragraph, r.span().start())) {
            if (p.person() == null || !p.gender().compatible(r.gender())) {
                continue;
            }
            if (only != null && only.person() != p.person()) {
                return null; // two persons it may stand for: the other rules choose
            }
            only = p;
        }
        Entity e = only == null ? null : only.person();
        return e == null || e.role() != null ? null
                : new Referent(r.span(), e, r.description(), only.gender().or(r.gender()));
    }

    /** The marks that may close a quote before the words that open a sentence: « … » Le fonctionnaire … */
    private static final String CLOSING = "»”\"' \u00A0\u202F";

    /** Whether {@code at} opens its sentence, after nothing but the closing mark of a quote and spaces. */
    private static boolean opens(SpeakerDocument d, int at) {
        for (int i = SpeakerSentences.sentenceStart(d, at); i < at; i++) {
            if (CLOSING.indexOf(d.text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a one-word role is a noun of study or a general noun of a trade. */
    private boolean trade(SpeakerDocument d, String role) {
        if (d.voiceOf(role) == Voice.RESEARCHER) {
            return true;
        }
        Set<String> words = byLanguage.get(d.lang);
        return words != null && words.contains(role.toLowerCase(Locale.ROOT));
    }
}
