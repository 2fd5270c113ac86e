package org.retour.person;

import java.util.List;
import java.util.Objects;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.quote.SpeechWords;

/**
 * Where a run of words that may be a name ends: capitalised words with particles and initials between
 * them, or in Arabic, which has no capitals, the words after a given name up to a function word.
 *
 * <p>Thread-safe.
 */
final class NameRuns {

    /** The most words a name has. */
    static final int MAX_NAME_WORDS = 5;

    private final PersonLexicon lexicon;
    private final SpeechWords speech;

    NameRuns(PersonLexicon lexicon, SpeechWords speech) {
        this.lexicon = Objects.requireNonNull(lexicon);
        this.speech = Objects.requireNonNull(speech);
    }

    /** The end (exclusive) of the run of capitalised words that starts at token {@code i}. */
    int runEnd(NameWords wd, int i, String lang) {
        String text = wd.text;
        List<Token> tokens = wd.tokens;
        int n = tokens.size();
        int j = i + 1;
        while (j < n && j - i < MAX_NAME_WORDS + 1 && wd.adjacent(j - 1)) {
            // the token's offsets and kind from the view's arrays: its record is read only on the rare paths
            int start = wd.entries.start(j);
            int end = wd.entries.end(j);
            Token.Kind kind = wd.kind(j);
            boolean afterStop = afterFullStop(text, start);
            if (afterStop && (wd.entries.isAny(j, Kind.STOP, Kind.PRON, Kind.DET) || wd.entries.isAny(j, Kind.INDEF, Kind.PREP, Kind.REL))) {
                break; // "Mehdi L. Celui-ci a baissé la tête": the initial's full stop ends the sentence
            }
            if ("de".equals(lang) && afterStop && initial(text, tokens.get(j - 1))) {
                break; // "wirft Lena W. Mitgliedschaft vor": German papers shorten the surname, and every noun is capitalised
            }
            if (PostNominalNames.at(wd, j)) {
                break; // "Annabel Crewe KC": the letters after a name are no part of it
            }
            if (GermanGenitives.endsBefore(wd, i, j, lang)) {
                break; // "Birte Hansens Tochter": the noun a name in the genitive determines
            }
            if (j - 1 > i && Tokens.possessive(text, wd.entries.start(j - 1), wd.entries.end(j - 1))) {
                break; // "Kamal Haidari’s Mirrabooka home": the possessive ends the name ("CNN’s Jake Tapper" opens on one)
            }
            if (wd.capitalised(j) || startsWithArticle(text, start, end)) {
                j++;
            } else if (Tokens.dottedInitials(text, kind, start, end) && (wd.givenName(j - 1) != null
                    || j - 1 > i && wd.entries.honorific(j - 2) || end - start >= 4 && j - 1 == i && (j + 1 >= n || !wd.capitalised(j + 1)))) {
                j++; // "Shameer K.P.", "Mr. Rafeeq K.V.", "Shabna K.P.": initials after a given name, as Indian papers
                // write names (two initials or more after one capitalised word, even a given name the lexicon lacks)
                break;
            } else if (kind == Token.Kind.WORD && wd.entries.is(Kind.PARTICLE, j) && !prepositionAfterSurname(wd, i, j)
                    && !("de".equals(lang) && wd.entries.is(Kind.DET, j)) // "Merle der Mutter": an article, not "van der"
                    && j + 1 < n && wd.capitalised(j + 1)
                    && wd.adjacent(j)) {
                j += 2;
            } else if (!"de".equals(lang) && kind == Token.Kind.WORD && wd.entries.is(Kind.PARTICLE, j) && j + 2 < n
                    && wd.entries.is(Kind.PARTICLE, j + 1) && !wd.capitalised(j + 1) && wd.capitalised(j + 2)
                    && wd.adjacent(j) && wd.adjacent(j + 1)) {
                j += 3; // "Pieter van der Berg": two particles before the surname (in German "von der" is "of the")
            } else {
                break;
            }
        }
        if (j - i == MAX_NAME_WORDS + 1 && j < n && wd.givenName(j - 1) != null && wd.capitalised(j)
                && Tokens.adjacent(text, tokens.get(j - 1), tokens.get(j))) {
            j++; // "Australian Federal Police Assistant Commissioner Karen Doyle": a long title ends on a given name
        }
        return j;
    }

    /**
     * Whether the particle at {@code j} is also a preposition of the language and follows a word of the run
     * after its first that is no given name: "Jonas Weber von Exit Deutschland", « Claire Martin de Human
     * Rights Watch » name a person and where they work, while "Richard von Weizsäcker", « Charles de Gaulle »,
     * « M. de Villepin » keep the particle after a given name or the run's first word.
     */
    private static boolean prepositionAfterSurname(NameWords wd, int i, int j) {
        return j - 1 > i && wd.entries.is(Kind.PREP, j) && wd.givenName(j - 1) == null;
    }

    /** Whether token {@code t} is one capital letter, with or without its full stop ("W", "W."). */
    private static boolean initial(String text, Token t) {
        int len = t.span().length();
        return (len == 1 || len == 2 && text.charAt(t.span().end() - 1) == '.')
                && Character.isUpperCase(text.charAt(t.span().start()));
    }

    /** Whether a full stop stands right before a token starting at {@code start}, spaces aside. */
    private static boolean afterFullStop(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '.';
    }

    /** "al-Baghdadi", "el-Sisi": a lower-case article joined to a capitalised name. */
    static boolean startsWithArticle(String text, Token t) {
        return startsWithArticle(text, t.span().start(), t.span().end());
    }

    /** As {@link #startsWithArticle(String, Token)} for the token written {@code text[s, end)}. */
    static boolean startsWithArticle(String text, int s, int end) {
        return end - s > 3 && (text.startsWith("al-", s) || text.startsWith("el-", s))
                && Character.isUpperCase(text.charAt(s + 3));
    }

    /**
     * The end (exclusive) of the Arabic name that starts at token {@code i}: at most three words, not counting an
     * honorific that opens it nor a particle that joins a compound name ("الدكتور عبد الرحمن الشمري").
     */
    int arabicRunEnd(NameWords wd, int i, String lang) {
        String text = wd.text;
        List<Token> tokens = wd.tokens;
        int n = tokens.size();
        TokenEntries e = wd.entries;
        int words = e.honorific(i) || e.is(Kind.PARTICLE, i) ? 0 : 1;
        int j = i + 1;
        while (j < n && words < 3 && Tokens.adjacent(text, tokens.get(j - 1), tokens.get(j))) {
            Token t = tokens.get(j);
            String w = wd.lower(j);
            if (t.kind() != Token.Kind.WORD || e.isAny(j, Kind.STOP, Kind.PREP, Kind.REL) || e.head(j) != null
                    || e.is(Kind.AFTER, j) || speech.isSpeechWord(w, lang) || e.pronoun(j) != null
                    || conjoined(wd, j, lang) || tanween(wd.surface(j))) {
                break; // « أبو ياسر ليلًا »: an adverb after the name
            }
            if (!e.is(Kind.PARTICLE, j)) {
                words++;
            }
            j++;
        }
        return j;
    }

    /** Whether an Arabic word bears a double vowel mark, which no name takes (« ليلًا », « صديقاً »). */
    static boolean tanween(String word) {
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (c >= '\u064B' && c <= '\u064D') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an Arabic word begins with a conjunction glued to it ("وتبلغ", "فقال") and is no known
     * name: it opens a new clause, so it ends the name before it.
     */
    private boolean conjoined(NameWords wd, int k, String lang) {
        String word = wd.surface(k);
        return word.length() >= 4 && lexicon.is(Kind.PROCLITIC, word.substring(0, 1), lang)
                && wd.givenName(k) == null;
    }

    /**
     * Where the run {@code [i, j)} ends before a particle and an honorific inside it (« Réponse de M. Morvan », "Word
     * of Mr Khan"): the honorific opens a name of its own, which the next run reads; else {@code j}.
     */
    static int endBeforeHonorific(NameWords wd, int i, int j) {
        for (int k = i + 2; k < j; k++) {
            if (wd.entries.honorific(k) && !wd.capitalised(k - 1) && wd.entries.is(Kind.PARTICLE, k - 1)) {
                return k - 1;
            }
        }
        return j;
    }
}
