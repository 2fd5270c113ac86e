package org.retour.person;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.quote.SpeechWords;

/**
 * The runs of capitalised words that are the subject of a speech verb ("Rifai says", "”, said Jimmy
 * Shahinian"), which makes them names though the lexicon does not know them.
 *
 * <p>Thread-safe.
 */
final class SpeechSubjects {

    private final PersonLexicon lexicon;
    private final SpeechWords speech;
    private final NameRuns runs;

    SpeechSubjects(PersonLexicon lexicon, SpeechWords speech, NameRuns runs) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.speech = Objects.requireNonNull(speech);
        this.runs = Objects.requireNonNull(runs);
    }

    /**
     * Whether the run {@code [i, j)} is the subject of a speech verb right after it ("Rifai says") at
     * the start of a clause, or follows one that follows a quote or comma ("”, said Jimmy Shahinian"),
     * and is no organisation, place, pronoun (stressed ones included: « Lui assure ») or role word, nor opens with a German preposition that is
     * no name's particle (a fronted phrase: "Im Lager sagt Leonora M.").
     */
    boolean speechSubject(NameWords wd, int i, int j, String lang, boolean[] other) {
        // the speech verb next to the run first: most runs have none, and the checks are independent
        if (!nextToSpeechVerb(wd, i, j, lang)) {
            return false;
        }
        for (int k = i; k < j; k++) {
            if (other[k]) {
                return false;
            }
        }
        String head = wd.lower(i);
        if (wd.entries.isAny(i, Kind.DET, Kind.STOP, Kind.INDEF) || wd.entries.pronoun(i) != null
                || wd.entries.is(Kind.STRESSED, i) // « Lui assure n'avoir … », « Vous dit-elle … »
                || "de".equals(lang) && wd.entries.is(Kind.PREP, i) && !wd.entries.is(Kind.PARTICLE, i)
                || wd.entries.head(i) != null || speech.isSpeechWord(head, lang)) {
            return false;
        }
        for (int k = i; k < j; k++) {
            if (!wd.capitalised(k)) {
                return false;
            }
        }
        String last = wd.lower(j - 1);
        if (j - i == 1 && "de".equals(lang) && wd.givenName(i) == null) {
            return false; // German capitalises every noun: "Medienberichten zufolge", "Ermittlern zufolge"
        }
        if (j - i == 1 && wd.givenName(i) == null && NameEvidence.writtenLower(wd, i)) {
            return false; // "You said", "People say", "Men told us": a common word the text writes in lower case too
        }
        if (j - i == 1 && wd.givenName(i) == null && demonymBeforeNoun(wd, i, lang)) {
            return false; // "said Dutch women who came back": a people's adjective before its noun
        }
        return j - i != 1 || !roleWord(last, lang) && last.length() >= 3;
    }

    /**
     * Whether a speech verb follows the run {@code [i, j)} at the start of a clause ("Rifai says"), or
     * stands in lower case right before it after a quote or comma ("”, said Jimmy Shahinian"), alone or
     * behind the auxiliary of a compound tense (« », a déclaré Nadège Perrin »).
     */
    boolean nextToSpeechVerb(NameWords wd, int i, int j, String lang) {
        List<Token> tokens = wd.tokens;
        boolean clauseStart = Tokens.opensClause(tokens, i);
        if (clauseStart && j < tokens.size() && Tokens.isWord(tokens.get(j))
                && speech.isSpeechWord(wd.lower(j), lang) && !speech.opensSource(wd.lower(j), lang)) {
            return true;
        }
        if (i < 2 || !Tokens.isWord(tokens.get(i - 1)) || wd.capitalised(i - 1)
                || !speech.isSpeechWord(wd.lower(i - 1), lang)) {
            return false;
        }
        // "”, said Jimmy Shahinian"; or a compound tense, its auxiliary first, before two words or more (one alone
        // after it is as often an outlet: « a constaté Alakhbar »): « », a dit Nadège Perrin »
        return !Tokens.isWord(tokens.get(i - 2))
                || j - i >= 2 && i >= 3 && wd.entries.is(Kind.AUX, i - 2) && !Tokens.isWord(tokens.get(i - 3));
    }

    /**
     * The single words that are the subject of a speech verb somewhere ("Roberts said"): surnames. Notes
     * in {@code wd} where each run ends and whether each single word is such a subject.
     */
    Set<String> cuedSurnames(NameWords wd, String lang, boolean[] other) {
        Set<String> out = new HashSet<>();
        int n = wd.size();
        int i = 0;
        while (i < n) {
            if (!wd.capitalised(i)) {
                i++;
                continue;
            }
            int j = runs.runEnd(wd, i, lang);
            wd.runEnds[i] = j;
            if (j - i == 1) {
                boolean subject = speechSubject(wd, i, j, lang, other);
                wd.subject[i] = (byte) (subject ? 2 : 1);
                if (subject) {
                    out.add(wd.surface(i));
                }
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** Whether token {@code i} is a demonym of a country followed by a noun it qualifies ("Dutch women"). */
    private boolean demonymBeforeNoun(NameWords wd, int i, String lang) {
        org.retour.entity.TokenTrie.Match<String> m = org.retour.entity.Demonyms.bundled().at(wd.view(), i);
        return m != null && m.last() == i
                && DemonymAdjectives.bundled().beforeNoun(wd.text, wd.tokens, wd.entries, i, lang, speech);
    }

    /**
     * Whether a lower-cased word is a role or person noun, also in a plural form ("Researchers", "Journalisten"), or
     * the noun of a group ("Police said", "Police allege"): no one's name.
     */
    boolean roleWord(String w, String lang) {
        return lexicon.headOrPlural(w, lang) || lexicon.is(Kind.MODIFIED, w, lang);
    }
}
