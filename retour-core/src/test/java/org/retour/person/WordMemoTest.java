package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A word memo gives what its function gives, for any words and languages, in any order. */
class WordMemoTest {

    private static String f(String word, String lang) {
        return word.length() % 3 == 0 ? null : lang + ":" + new StringBuilder(word).reverse();
    }

    @Test
    void givesWhatTheFunctionGivesForRandomWordsAndLanguages() {
        WordMemo<String> memo = WordMemo.perThread(WordMemoTest::f).get();
        Random random = new Random(7);
        String[] langs = {"fr", "en", "de", "ar", null};
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3 * WordMemo.SLOTS; i++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(8); k >= 0; k--) {
                sb.append((char) ('a' + random.nextInt(26)));
            }
            words.add(sb.toString());
        }
        for (int i = 0; i < 200_000; i++) {
            String w = words.get(random.nextInt(words.size()));
            String word = random.nextBoolean() ? w : new String(w); // the same characters in another string
            String lang = langs[random.nextInt(langs.length)];
            assertThat(memo.get(word, lang)).isEqualTo(f(word, lang));
        }
    }

    @Test
    void asksTheFunctionOnceForAWordThatComesBack() {
        AtomicInteger calls = new AtomicInteger();
        WordMemo<Integer> memo = WordMemo.<Integer>perThread((w, l) -> {
            calls.incrementAndGet();
            return w.length();
        }).get();
        for (int i = 0; i < 100; i++) {
            assertThat(memo.get("rückkehrer", "de")).isEqualTo(10);
        }
        assertThat(memo.get("rückkehrer", "fr")).isEqualTo(10);
        assertThat(calls).hasValue(2);
    }

    @Test
    void eachThreadHasItsOwnMemo() throws InterruptedException {
        ThreadLocal<WordMemo<String>> local = WordMemo.perThread(WordMemoTest::f);
        WordMemo<String> mine = local.get();
        Object[] other = new Object[1];
        Thread t = new Thread(() -> other[0] = local.get());
        t.start();
        t.join();
        assertThat(other[0]).isNotNull().isNotSameAs(mine);
    }
}
