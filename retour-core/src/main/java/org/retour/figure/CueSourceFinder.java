package org.retour.figure;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.entity.Fold;
import org.retour.entity.TokenTrie;
import org.retour.entity.TokenView;
import org.retour.model.Entity;
import org.retour.model.Span;

/**
 * Finds who states a figure from the speech cues of its sentence: the subject before a verb ("Patrick
 * Calvar, directeur… a annoncé … que 244 personnes…"), the name after it when the verb follows the
 * figure or comes first ("…, said the minister", "قال …"), or the phrase after "selon", "according to",
 * "laut". A PERSON or ORGANIZATION entity found there gives its canonical name.
 *
 * <p>Immutable and thread-safe.
 */
public final class CueSourceFinder {

    /** Keys ({@link Fold#key}) of the Arabic words that end a source's phrase: "أن", "في", "إلى"…. */
    private static final Set<String> ARABIC_STOPS = Set.of("ان", "إن", "أن", "انه", "إنه", "أنه", "في", "الى", "إلى")
            .stream().map(Fold::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int MAX_PHRASE = 6;
    /** Keys of the words that open a circumstance after a source's phrase ("le ministre lors d'un point presse"). */
    private static final Set<String> CIRCUMSTANCE = Set.of("lors", "pendant", "durant", "during", "at", "while",
            "bei", "wahrend", "am", "in", "dans", "on", "last", "yesterday", "hier", "gestern");
    /** How many tokens before a sentence a described source ("the minister") may have been named. */
    private static final int LOOK_BACK = 120;

    private final TokenTrie<FigureLexicon.Cue> cues;
    private final Set<String> determiners;
    private final java.util.Map<String, Set<String>> impersonal;
    private final java.util.Map<String, Set<String>> auxiliaries;

    public CueSourceFinder(FigureLexicon lexicon) {
        this.cues = Objects.requireNonNull(lexicon).cues;
        this.determiners = lexicon.determiners;
        this.impersonal = lexicon.impersonal;
        this.auxiliaries = lexicon.auxiliaries;
    }

    /**
     * Where the entities of a document lie, for one look-up per token; {@code language} is the document's
     * (German capitalises its nouns, which bounds a source's noun phrase).
     */
    public record EntityIndex(Entity[] byToken, boolean[] person, String[] names, boolean[] inDate, String language) {
        /** The name of the entity at token {@code k}, as a source goes by. */
        String name(int k) {
            return names[k];
        }
    }

    /**
     * The source of the figure at tokens {@code figFirst..figLast} in the sentence of tokens
     * {@code from..to} (inclusive), or null.
     */
    public String find(TokenView v, int from, int to, int figFirst, int figLast, EntityIndex ix, List<Entity> persons) {
        int bestFirst = -1;
        int bestLast = -1;
        FigureLexicon.Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int k = from; k <= to; k++) {
            if (k >= figFirst && k <= figLast) {
                continue;
            }
            TokenTrie.Match<FigureLexicon.Cue> m = cues.longestAt(v, k);
            if (m == null || m.last() > to) {
                continue;
            }
            if (m.value() == FigureLexicon.Cue.VERB && impersonal(v, from, m.first(), ix)) {
                k = m.last();
                continue; // "It is estimated that around 30 people left …, according to Garda figures": the Garda's
            }
            int distance = m.last() < figFirst ? figFirst - m.last() : m.first() - figLast;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = m.value();
                bestFirst = m.first();
                bestLast = m.last();
            }
            k = m.last();
        }
        if (best == null) {
            return null;
        }
        String s = switch (best) {
            case ACCORDING -> after(v, bestLast + 1, to, ix);
            case ACCORDING_AFTER -> phraseBefore(v, from, bestFirst - 1, ix);
            case VERB -> {
                if (bestFirst == figLast + 1) {
                    // "Eleven of the men said …": what the figure counts is who speaks, not a source
                    yield null;
                }
                if (bestFirst > figLast) {
                    // "…, the Home Office said" names the subject between the comma and the verb;
                    // "…, a annoncé X" and "…, sagte der Minister X" name it after the verb
                    int clause = bestFirst;
                    while (clause - 1 > figLast && v.isWord(clause - 1)) {
                        clause--;
                    }
                    String subject = clause < bestFirst ? subjectBefore(v, clause, bestFirst - 1, ix) : null;
                    yield subject != null ? subject : nameAfter(v, bestLast + 1, to, ix);
                }
                String before = subjectBefore(v, from, bestFirst - 1, ix);
                yield before != null ? before : nameAfter(v, bestLast + 1, to, ix);
            }
        };
        if (s == null) {
            // "a-t-il dit": a pronoun the person layer resolved
            for (int k = bestFirst; k <= bestLast; k++) {
                if (ix.person()[k]) {
                    return ix.name(k);
                }
            }
        }
        return s;
    }

    /**
     * Whether the verb cue at token {@code verb} has an impersonal subject ("It is estimated", « On estime », „Man
     * schätzt“): the words before it, past auxiliaries, are an impersonal pronoun that opens the sentence or follows a
     * comma, and that the person layer did not resolve to a person.
     */
    private boolean impersonal(TokenView v, int from, int verb, EntityIndex ix) {
        Set<String> pronouns = impersonal.get(ix.language());
        if (pronouns == null) {
            return false;
        }
        Set<String> aux = auxiliaries.getOrDefault(ix.language(), Set.of());
        int k = verb - 1;
        while (k >= from && v.isWord(k) && aux.contains(v.key(k))) {
            k--;
        }
        return k >= from && v.isWord(k) && pronouns.contains(v.key(k)) && !ix.person()[k]
                && (k == from || !v.isWord(k - 1));
    }

    /**
     * The name of the subject before a verb cue: the last person, else a name just before the verb
     * (capitalised words, a place among them: "Public Safety Canada"), else an organisation, else the
     * words before the verb; a description ("le ministre a ajouté") is the person named last before.
     */
    private String subjectBefore(TokenView v, int from, int to, EntityIndex ix) {
        for (int k = to; k >= from; k--) {
            if (ix.person()[k]) {
                return ix.name(k);
            }
        }
        int runEnd = -1;
        boolean own = false;
        for (int k = to; k >= from - 1; k--) {
            boolean place = k >= from && ix.byToken()[k] != null
                    && ix.byToken()[k].type() == org.retour.model.EntityType.PLACE;
            boolean name = k >= from && v.isCapitalised(k) && (ix.byToken()[k] == null || place) && !isArabic(v, k);
            if (name && runEnd < 0) {
                runEnd = k;
                own = !place;
            } else if (name) {
                own |= !place;
            } else if (runEnd >= 0) {
                if (runEnd - k >= 2 && own && runEnd >= to - 1 && !determiners.contains(v.key(k + 1))) {
                    return v.span(k + 1, runEnd).of(v.text());
                }
                runEnd = -1;
            }
        }
        for (int k = to; k >= from; k--) {
            if (ix.byToken()[k] != null && ix.byToken()[k].type() == org.retour.model.EntityType.ORGANIZATION) {
                return ix.name(k);
            }
        }
        String phrase = phraseBefore(v, from, to, ix);
        if (phrase != null && isDescription(v, from, to)) {
            for (int k = from - 1; k >= Math.max(0, from - LOOK_BACK); k--) {
                if (ix.person()[k]) {
                    return ix.name(k);
                }
            }
        }
        return phrase;
    }

    /** Whether the words before a verb ({@code from..to}) describe rather than name: "le ministre (a)". */
    private boolean isDescription(TokenView v, int from, int to) {
        int start = to;
        while (start - 1 >= from && to - start + 1 < MAX_PHRASE - 2 && v.isWord(start - 1)) {
            start--;
        }
        if (!determiners.contains(v.key(start))) {
            return false;
        }
        for (int k = start + 1; k <= to; k++) {
            if (v.isCapitalised(k)) {
                return false;
            }
        }
        return true;
    }

    /** The person or name (two capitalised words) after a verb, else what {@link #after} finds. */
    private String nameAfter(TokenView v, int k, int to, EntityIndex ix) {
        int limit = Math.min(to, k + 2 * MAX_PHRASE);
        for (int j = k; j <= limit; j++) {
            if (ix.person()[j]) {
                return ix.name(j);
            }
        }
        for (int j = k; j < limit; j++) {
            if (isArabic(v, j)) {
                break;
            }
            if (v.isCapitalised(j) && ix.byToken()[j] == null && v.isCapitalised(j + 1) && ix.byToken()[j + 1] == null
                    && v.adjacent(j)) {
                int end = j + 1;
                while (end + 1 <= limit && v.isCapitalised(end + 1) && ix.byToken()[end + 1] == null && v.adjacent(end)) {
                    end++;
                }
                if (j > k && v.isWord(j - 1) && !v.isCapitalised(j - 1) || j == k || !v.isWord(j - 1)) {
                    return v.span(j, end).of(v.text());
                }
            }
        }
        return after(v, k, to, ix);
    }

    /**
     * The person or organisation named in the phrase that begins at token {@code k} and runs to the
     * next punctuation ("selon les derniers chiffres du ministère de l'Intérieur"), else the phrase's
     * first words; dates before it ("a indiqué mercredi le …") are skipped.
     */
    private String after(TokenView v, int k, int to, EntityIndex ix) {
        while (k <= to && ix.inDate()[k]) {
            k++;
        }
        if (k > to || isArabic(v, k) && ARABIC_STOPS.contains(v.key(k))) {
            // "وأشار إلى أن …", "وأوضح أن …": the verb's subject is not named here
            return null;
        }
        for (int j = k; j <= Math.min(to, k + 2 * MAX_PHRASE) && (v.isWord(j) || "'".equals(v.key(j))); j++) {
            if (ix.byToken()[j] != null && ix.byToken()[j].type() != org.retour.model.EntityType.PLACE) {
                return ix.name(j);
            }
        }
        int end = k;
        while (end <= to && end - k < MAX_PHRASE && (v.isWord(end) || "'".equals(v.key(end)))
                && !(isArabic(v, end) && ARABIC_STOPS.contains(v.key(end)) && end > k)
                && !(end > k && ix.inDate()[end]) && !(end > k && CIRCUMSTANCE.contains(v.key(end)))) {
            end++;
        }
        if (end - k > 2 && "de".equals(ix.language()) && !v.isCapitalised(k) && v.isCapitalised(k + 1)) {
            // "der Sicherheitsbehörden sind …": a named noun phrase ends where its capitals stop, but for a
            // small word between two of them ("des Bundesamts für Verfassungsschutz")
            int np = k + 2;
            while (np < end && (v.isCapitalised(np) || np + 1 < end && v.isCapitalised(np + 1))) {
                np++;
            }
            end = np;
        }
        if (end == k) {
            return null;
        }
        return v.span(k, end - 1).of(v.text());
    }

    /** The words just before token {@code to + 1}, back to the nearest punctuation. */
    private static String phraseBefore(TokenView v, int from, int to, EntityIndex ix) {
        if (to < from) {
            return null;
        }
        int start = to;
        while (start - 1 >= from && to - start + 1 < MAX_PHRASE - 2 && v.isWord(start - 1)) {
            start--;
        }
        return v.isWord(to) ? new Span(v.start(start), v.end(to)).of(v.text()) : null;
    }

    private static boolean isArabic(TokenView v, int k) {
        String key = v.key(k);
        return !key.isEmpty() && Fold.isArabic(key.codePointAt(0));
    }
}
