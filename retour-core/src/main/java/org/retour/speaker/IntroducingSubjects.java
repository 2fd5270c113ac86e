package org.retour.speaker;

import java.util.Map;
import org.retour.person.Gender;
import org.retour.person.Pronoun;
import org.retour.person.Tokens;
import org.retour.resource.ResourceLines;

/**
 * The third-person subject pronoun of the clause a colon closes right before a nested quote, of a verb whose
 * object is the speaker, when no verb of speech introduces it (« Puis elle m'a envoyé un message vocal en pleine nuit : “…” », "Then she sent me a voice
 * note at dawn: ‘…’"): the pronoun of the one whose words the nested quote holds. Subject pronouns and the object
 * pronouns that may stand between them and their verb come from {@code account.txt}.
 *
 * <p>Reads at most {@link #REACH} tokens before the colon. Immutable and thread-safe.
 */
final class IntroducingSubjects {

    /** How many tokens before the colon the subject pronoun may stand. */
    static final int REACH = 14;

    /** What a word of {@code account.txt} says. */
    private enum Word { HE, SHE, CLITIC }

    private static final IntroducingSubjects BUNDLED = new IntroducingSubjects(
            ResourceLines.classpath(AccountThirdPersons.RESOURCE));

    private final Map<String, Map<String, Word>> pronouns;

    IntroducingSubjects(Iterable<String> lines) {
        this.pronouns = ResourceLines.kindsByLanguage(lines, Word.class, "account", true);
    }

    /** The subjects read with the bundled pronouns. */
    static IntroducingSubjects bundled() {
        return BUNDLED;
    }

    /**
     * The singular pronoun nearest the colon that ends, right before the nested quote opening at {@code open}, a
     * clause of its sentence no later than {@code parentOpen} (the opening mark of the quote around it), and that
     * stands as a subject of a verb whose object is the quote's speaker: a word follows it, over object pronouns,
     * and a first-person object ({@code me} in {@code letters.txt}) stands among the three words after it (« elle
     * m'a envoyé », "she sent me"); else null. « Quand il a appelé, la première chose qu'il a dite, c'est : ‹ … › »
     * leaves the gender to the cue.
     */
    Pronoun subject(SpeakerDocument d, LetterWords words, int open, int parentOpen) {
        Map<String, Word> m = pronouns.get(d.lang);
        int colon = QuoteOffsets.colonBefore(d.text, open);
        if (m == null || colon < 0) {
            return null;
        }
        int from = Math.max(d.tokenAt(Math.max(parentOpen + 1, SpeakerSentences.sentenceStart(d, colon))),
                d.tokenAt(colon) - REACH);
        for (int k = d.tokenAt(colon) - 1; k >= from; k--) {
            if (!Tokens.isWord(d.tokens.get(k))) {
                if (Tokens.is(d.text, d.tokens.get(k), ",")) {
                    continue;
                }
                return null; // another sentence or clause of speech before it
            }
            Word w = m.get(d.lower(k));
            if ((w == Word.HE || w == Word.SHE) && verbAfter(d, m, k) && toldMe(d, words, k)) {
                return new Pronoun(w == Word.HE ? Gender.MALE : Gender.FEMALE, false);
            }
        }
        return null;
    }

    /** Whether a first-person object pronoun stands among the three words after token {@code k}. */
    private static boolean toldMe(SpeakerDocument d, LetterWords words, int k) {
        for (int j = k + 1; j < d.tokens.size() && j <= k + 3 && Tokens.isWord(d.tokens.get(j)); j++) {
            if (words.kindAt(d, j) == LetterWords.Kind.ME) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word not of {@code account.txt} follows token {@code k}, over at most two object pronouns. */
    private static boolean verbAfter(SpeakerDocument d, Map<String, Word> m, int k) {
        for (int j = k + 1; j < d.tokens.size() && j <= k + 1 + AccountThirdPersons.CLITICS; j++) {
            if (!Tokens.isWord(d.tokens.get(j))) {
                return false;
            }
            Word w = m.get(d.lower(j));
            if (w == null) {
                return true;
            }
            if (w != Word.CLITIC) {
                return false;
            }
        }
        return false;
    }
}
