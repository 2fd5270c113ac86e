package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A thread's memo of cue answers gives back what was kept for a word, or nothing, as a map would. */
class CueMemoTest {

    @Test
    void answersAsAMapOfTheLastAnswerKeptPerWordOrNothing() {
        CueMemo memo = CueMemo.of(SpeechCues.bundled(), "memo-test");
        Map<String, Integer> kept = new HashMap<>();
        Random random = new Random(3);
        for (int i = 0; i < 200_000; i++) {
            String w = "w" + random.nextInt(40_000);
            int got = memo.get(new String(w)); // equal, not the same string
            if (got != 0) {
                assertThat(got).as(w).isEqualTo(kept.get(w)); // a slot may forget, never mix up words
            }
            int answers = 0x80 | random.nextInt(0x80);
            memo.put(w, answers);
            kept.put(w, answers);
            assertThat(memo.get(w)).isEqualTo(answers);
        }
    }

    @Test
    void isOnePerCuesAndLanguageOnAThread() throws InterruptedException {
        SpeechCues cues = SpeechCues.bundled();
        CueMemo fr = CueMemo.of(cues, "fr");
        assertThat(CueMemo.of(cues, "fr")).isSameAs(fr);
        assertThat(CueMemo.of(cues, "en")).isNotSameAs(fr);
        CueMemo[] other = new CueMemo[1];
        Thread t = new Thread(() -> other[0] = CueMemo.of(cues, "fr"));
        t.start();
        t.join();
        assertThat(other[0]).isNotSameAs(fr);
    }
}
