package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.resource.ResourceLines;

/** A thread's memo of the person lexicon answers as the lexicon does, whatever words come and go in its slots. */
class LexiconMemoTest {

    private final PersonLexicon lexicon = PersonLexicon.bundled();

    @Test
    void answersAsTheLexiconOnRandomWordsInEveryLanguage() {
        List<String> words = new ArrayList<>();
        for (String line : ResourceLines.classpath("org/retour/person/person-words.txt")) {
            String[] p = line.split("\\s+");
            words.add(p[2]);
            words.add(p[2].toLowerCase(Locale.ROOT));
        }
        for (String line : ResourceLines.classpath("org/retour/person/first-names.txt")) {
            words.add(line.split("\\s+")[0]);
        }
        Random random = new Random(7);
        for (int i = 0; i < 2000; i++) {
            char[] c = new char[1 + random.nextInt(8)];
            for (int k = 0; k < c.length; k++) {
                c[k] = (char) ('a' + random.nextInt(26));
            }
            words.add(new String(c));
        }
        for (String lang : new String[] {"en", "fr", "de", "ar", "xx", null}) {
            LexiconMemo memo = lexicon.memo(lang);
            for (int i = 0; i < 60_000; i++) {
                String w = new String(words.get(random.nextInt(words.size()))); // a copy: equal, not the same
                String[] expected = lexicon.entry(w, lang);
                assertThat(memo.entry(w)).as(w).isEqualTo(expected == null ? LexiconMemo.NONE : expected);
                assertThat(memo.firstName(w)).as(w).isEqualTo(lexicon.firstName(w));
            }
        }
    }

    @Test
    void isOnePerThreadAndLanguage() throws InterruptedException {
        LexiconMemo en = lexicon.memo("en");
        assertThat(lexicon.memo("en")).isSameAs(en);
        assertThat(lexicon.memo("fr")).isNotSameAs(en);
        assertThat(lexicon.memo(null)).isSameAs(lexicon.memo(null));
        LexiconMemo[] other = new LexiconMemo[1];
        Thread t = new Thread(() -> other[0] = lexicon.memo("en"));
        t.start();
        t.join();
        assertThat(other[0]).isNotSameAs(en);
    }
}
