package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retour.resource.ResourceLines;

/** A word filter never turns away a word of its set, and lets few other words through. */
class WordFilterTest {

    private static final String[] PIECES = {"é", "è", "ç", "œ", "ï", "ü", "ß", "a", "b", "k", "z", "'", "’", "-",
        "ال", "و", "ق", "ت", "😀", "🇫🇷", "1", "É", "Q"};

    @Test
    void everyWordOfTheSetGetsThroughAndFewOthersDo() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            Set<String> words = new HashSet<>();
            for (int n = random.nextInt(400); n > 0; n--) {
                words.add(randomWord(random));
            }
            WordFilter filter = new WordFilter(words);
            for (String w : words) {
                assertThat(filter.mayHave(w)).as(w).isTrue();
                assertThat(filter.mayHave(new String(w.toCharArray()))).as(w).isTrue(); // by value, not identity
            }
            int others = 0;
            int through = 0;
            for (int i = 0; i < 2_000; i++) {
                String w = randomWord(random) + randomWord(random);
                if (!words.contains(w)) {
                    others++;
                    through += filter.mayHave(w) ? 1 : 0;
                }
            }
            assertThat(through).as("words let through of %d", others).isLessThan(others / 8 + 1);
        }
    }

    @Test
    void anEmptySetTurnsEveryWordAway() {
        WordFilter filter = new WordFilter(List.of());
        for (String w : List.of("", "dit", "قال", "😀", "été")) {
            assertThat(filter.mayHave(w)).as(w).isFalse();
        }
    }

    @Test
    void everyCueFormAndLetterWordOfTheFilesIsStillFound() {
        SpeechCues cues = SpeechCues.bundled();
        int forms = 0;
        for (String line : ResourceLines.classpath(SpeechCues.RESOURCE)) {
            String[] p = line.split("\\s+");
            if (p.length < 3 || p[1].equals("after") || p[1].equals("that") || p[1].equals("not") || p[1].equals("finite")
                    || p[1].equals("clitic")) {
                continue;
            }
            int end = p.length == 4 && (p[1].equals("verb") || p[1].equals("object")) ? 3 : p.length;
            String form = String.join(" ", List.of(p).subList(2, end)).toLowerCase(Locale.ROOT);
            assertThat(cues.kind(form, p[0])).as(line).isNotNull();
            assertThat(cues.words(p[0]).containsKey(form) && cues.mayBeWord(form)).as(line).isTrue();
            forms++;
        }
        assertThat(forms).isGreaterThan(100);
        LetterWords letters = LetterWords.bundled();
        List<String> letterWords = new ArrayList<>();
        for (String line : ResourceLines.classpath(LetterWords.RESOURCE)) {
            String[] p = line.trim().split("\\s+");
            for (int i = 2; i < p.length; i++) {
                String w = p[i].toLowerCase(Locale.ROOT);
                assertThat(letters.kind(w, p[0])).as(line).isNotNull();
                letterWords.add(w);
            }
        }
        assertThat(letterWords).hasSizeGreaterThan(20);
    }

    private static String randomWord(Random random) {
        StringBuilder b = new StringBuilder();
        for (int n = 1 + random.nextInt(6); n > 0; n--) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }
}
