package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {

    @Test
    void aWordReadAgainIsTheSameEntryAndEveryEntryHoldsItsWord() {
        WordTable table = WordTable.local();
        Random r = new Random(3);
        for (int n = 0; n < 3 * WordTable.SLOTS; n++) {
            String w = "w" + r.nextInt(2 * WordTable.SLOTS);
            char[] buf = (w + "tail").toCharArray();
            WordTable.Word entry = r.nextBoolean() ? table.word(w) : table.word(buf, w.length());
            assertThat(entry.forms[0]).isEqualTo(w);
            assertThat(new String(entry.chars)).isEqualTo(w);
            assertThat(entry.hash).isEqualTo(w.hashCode());
        }
        WordTable.Word a = table.word("brutalité");
        WordTable.Word b = table.word("désillusion");
        assertThat(table.word("brutalité")).isSameAs(a);
        assertThat(table.word("désillusion".toCharArray(), "désillusion".length())).isSameAs(b);
    }

    @Test
    void arabicWordsAlsoOfferTheirFormsWithoutClitics() {
        assertThat(WordTable.local().forms("والمسلمين")).contains("والمسلمين", "المسلمين", "مسلمين");
    }

    @Test
    void eachVocabularyJudgesAWordForItself() {
        Vocabulary fleeing = new Vocabulary();
        fleeing.add(CuePattern.compile("fuir"));
        Vocabulary killing = new Vocabulary();
        killing.add(CuePattern.compile("tuer"));
        WordTable.Word w = WordTable.local().word("fuir");
        assertThat(w.searchedBy(fleeing)).isTrue();
        assertThat(w.searchedBy(killing)).isFalse();
        assertThat(w.searchedBy(fleeing)).isTrue();
    }

    @Test
    void aWordOpeningWithAnApostropheIsSearchedByEveryVocabulary() {
        Vocabulary killing = new Vocabulary();
        killing.add(CuePattern.compile("tuer"));
        assertThat(WordTable.local().word("'hui").searchedBy(killing)).isTrue();
        assertThat(WordTable.local().word("hui").searchedBy(killing)).isFalse();
    }
}
