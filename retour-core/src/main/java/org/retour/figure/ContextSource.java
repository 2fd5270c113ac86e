package org.retour.figure;

import java.util.List;
import java.util.Objects;
import org.retour.entity.TokenView;
import org.retour.model.Entity;
import org.retour.model.EntityType;

/**
 * Finds the source of a figure whose own sentence has no speech cue, from its context: the person or
 * organisation that is the subject of the figure's clause ("le sociologue Hugo Mercier a rencontré 30
 * hommes", "Die Beratungsstelle Hayat betreut rund 40 Rückkehrer"), else whoever stated something
 * in the sentences just before it in the same paragraph ("Selon l'OCAM, 128 combattants sont rentrés.
 * Quelque 150 s'y trouveraient encore.").
 *
 * <p>Design decision: an armed group that is the subject ("l'EI a perdu des dizaines de combattants")
 * is what is counted, not who counts; {@code non-sources.txt} lists such organisations.
 *
 * <p>Immutable and thread-safe.
 */
final class ContextSource {

    /** How many tokens of a clause may come before its subject ("The study by the Geneva-based Centre"). */
    private static final int SUBJECT_WITHIN = 6;
    /** How far a dateline ("Berlin (dpa) -") may reach into the first sentence. */
    private static final int DATELINE_WITHIN = 10;
    /** How many earlier sentences of the paragraph are read for a source. */
    private static final int EARLIER_SENTENCES = 2;

    private final FigureLexicon lex;
    private final CueSourceFinder cues;

    ContextSource(FigureLexicon lex, CueSourceFinder cues) {
        this.lex = Objects.requireNonNull(lex);
        this.cues = Objects.requireNonNull(cues);
    }

    /**
     * The person or organisation that is the subject of the clause of the figure at token
     * {@code figFirst}, in the sentence that begins at token {@code from}; null when the clause does not
     * begin with one.
     */
    String subject(TokenView v, int from, int figFirst, CueSourceFinder.EntityIndex ix, String lang) {
        int start = afterDateline(v, from, figFirst);
        for (int k = figFirst - 1; k >= start; k--) {
            if (",".equals(v.surface(k)) || ";".equals(v.surface(k)) || ":".equals(v.surface(k))) {
                start = k + 1;
                break;
            }
        }
        java.util.Set<String> stops = lex.subjectStops.getOrDefault(lang, java.util.Set.of());
        for (int k = start; k < figFirst && k < start + SUBJECT_WITHIN; k++) {
            Entity e = ix.byToken()[k];
            if (e == null || e.type() == EntityType.PLACE) {
                continue;
            }
            int before = k - 1;
            while (before >= start && (lex.determiners.contains(v.key(before)) || ix.byToken()[before] == e)) {
                before--;
            }
            if (before >= start && stops.contains(v.key(before)) || lex.nonSources.contains(e.canonical())) {
                return null;
            }
            return ix.name(k);
        }
        return null;
    }

    /**
     * The source stated in one of the sentences just before sentence {@code index} in its paragraph:
     * the speaker of a quote there, else the source its speech cue names; null when none. The sentences'
     * first and last tokens are {@code firsts} and {@code lasts}.
     */
    String earlier(TokenView v, int[] firsts, int[] lasts, int index, String[] quotedBy, CueSourceFinder.EntityIndex ix,
                   List<Entity> persons) {
        for (int s = index - 1; s >= Math.max(0, index - EARLIER_SENTENCES); s--) {
            int first = firsts[s];
            int last = lasts[s];
            if (paragraphBreak(v, last, firsts[s + 1])) {
                return null;
            }
            for (int k = last; k >= first; k--) {
                if (quotedBy[k] != null) {
                    return quotedBy[k];
                }
            }
            String found = cues.find(v, first, last, last + 1, last + 1, ix, persons);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Whether a line break lies between token {@code last} and token {@code next}. */
    private static boolean paragraphBreak(TokenView v, int last, int next) {
        if (last < 0 || next >= v.size() || next <= last) {
            return true;
        }
        for (int k = last + 1; k <= next; k++) {
            if (v.lineBreakBefore(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first token after a dateline ("Berlin (dpa) -", "THE HAGUE, Netherlands (AP) -") that opens
     * the sentence at token {@code from}, or {@code from} when there is none before token {@code limit}.
     */
    static int afterDateline(TokenView v, int from, int limit) {
        int start = from;
        for (int k = from; k < Math.min(limit, from + DATELINE_WITHIN); k++) {
            if (v.isDash(k)) {
                start = k + 1;
            }
        }
        return start;
    }
}
