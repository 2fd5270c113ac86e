package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PatternTrieTest {

    private record Entry(String word, boolean prefix, int id) {
    }

    /** The ids {@link PatternTrie#ids} promises, worked out entry by entry. */
    private static List<Integer> expected(List<Entry> entries, String[] forms) {
        List<Integer> out = new ArrayList<>();
        for (int k = 0; k < forms.length; k++) {
            String f = forms[k];
            List<Integer> ids = new ArrayList<>();
            for (int len = 1; len <= f.length(); len++) {
                for (Entry e : entries) {
                    if (e.prefix() && e.word().equals(f.substring(0, len))) {
                        ids.add(e.id());
                    }
                }
            }
            for (Entry e : entries) {
                if (!e.prefix() && e.word().equals(f)) {
                    ids.add(e.id());
                }
            }
            for (int id : ids) {
                if (k == 0 || !out.contains(id)) {
                    out.add(id);
                }
            }
        }
        return out;
    }

    private static String randomWord(Random r, String letters, int maxLength) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + r.nextInt(maxLength); n > 0; n--) {
            b.append(letters.charAt(r.nextInt(letters.length())));
        }
        return b.toString();
    }

    @Test
    void givesThePrefixesAFormBeginsWithShortestFirstThenTheWholeForm() {
        PatternTrie.Builder b = new PatternTrie.Builder();
        b.add("exécut", true, 0);
        b.add("ex", true, 1);
        b.add("exécutés", false, 2);
        b.add("fuir", false, 3);
        PatternTrie t = b.build();
        assertThat(t.ids(new String[] {"exécutés"})).containsExactly(1, 0, 2);
        assertThat(t.ids(new String[] {"exécuter"})).containsExactly(1, 0);
        assertThat(t.ids(new String[] {"fuir"})).containsExactly(3);
        assertThat(t.ids(new String[] {"fui"})).isEmpty();
        assertThat(t.ids(new String[] {"fuir", "exit", "fuir"})).as("each id once across forms").containsExactly(3, 1);
    }

    @Test
    void randomWordsAndFormsGiveTheIdsOfEveryMatchingEntryInOrder() {
        Random r = new Random(7);
        String letters = "abcéع";
        for (int round = 0; round < 50; round++) {
            List<Entry> entries = new ArrayList<>();
            PatternTrie.Builder b = new PatternTrie.Builder();
            for (int id = 0; id < 40; id++) {
                Entry e = new Entry(randomWord(r, letters, 4), r.nextBoolean(), id);
                entries.add(e);
                b.add(e.word(), e.prefix(), e.id());
            }
            PatternTrie t = b.build();
            for (int q = 0; q < 100; q++) {
                String[] forms = new String[1 + r.nextInt(3)];
                for (int k = 0; k < forms.length; k++) {
                    forms[k] = randomWord(r, letters, 6);
                }
                List<Integer> got = new ArrayList<>();
                for (int id : t.ids(forms)) {
                    got.add(id);
                }
                assertThat(got).as("forms %s", List.of(forms)).isEqualTo(expected(entries, forms));
            }
        }
    }

    @Test
    void aBuilderFrozenAgainKnowsTheEntriesAddedSince() {
        PatternTrie.Builder b = new PatternTrie.Builder();
        b.add("morts", false, 0);
        PatternTrie before = b.build();
        b.add("mort", true, 1);
        assertThat(before.ids(new String[] {"morts"})).containsExactly(0);
        assertThat(b.build().ids(new String[] {"morts"})).containsExactly(1, 0);
    }
}
