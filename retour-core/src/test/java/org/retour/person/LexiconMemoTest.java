package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The lexicon's memo answers what the lexicon answers, however many words came before and in whatever string. */
class LexiconMemoTest {

    private static final PersonLexicon LEXICON = PersonLexicon.bundled();
    private static final String[] PIECES = {"il", "elle", "le", "la", "de", "Mme", "M.", "Jean", "Fatima", "avocat",
        "é", "père", "sie", "er", "he", "she", "هو", "هي", "ال", "😀", "-", "x", "Karim", "prévenu", "the", "der"};

    @Test
    void knownWordsHaveTheirEntries() {
        LexiconMemo fr = LexiconMemo.of(LEXICON, "fr");
        assertThat(fr.pronoun("elle")).isEqualTo(LEXICON.pronoun("elle", "fr")).isNotNull();
        assertThat(fr.entry("le")).isSameAs(LEXICON.entry("le", "fr"));
        assertThat(fr.entry("zzqx")).isSameAs(LexiconMemo.NONE);
        assertThat(fr.firstName("Fatima")).isEqualTo(LEXICON.firstName("Fatima")).isNotNull();
        assertThat(LexiconMemo.of(LEXICON, "fr")).isSameAs(fr);
        assertThat(LexiconMemo.of(LEXICON, "en")).isNotSameAs(fr);
    }

    @Test
    void answersDoNotDependOnWhatWasLookedUpBefore() {
        Random random = new Random(29);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3 * LexiconMemo.SLOTS; i++) { // more words than slots: slots are taken over
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(2); n > 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            words.add(b.toString());
        }
        String[] langs = {"fr", "en", "de", "ar", "xx", null};
        for (int i = 0; i < 100_000; i++) {
            String lang = langs[random.nextInt(langs.length)];
            LexiconMemo memo = LexiconMemo.of(LEXICON, lang);
            String w = words.get(random.nextInt(words.size()));
            if (random.nextBoolean()) {
                w = new String(w.toCharArray()); // the same characters as another string
            }
            String[] expected = LEXICON.entry(w, lang);
            assertThat(memo.entry(w)).as(w).isSameAs(expected == null ? LexiconMemo.NONE : expected);
            assertThat(memo.pronoun(w)).as(w).isEqualTo(LEXICON.pronoun(w, lang));
            assertThat(memo.firstName(w)).as(w).isEqualTo(LEXICON.firstName(w));
        }
    }
}
