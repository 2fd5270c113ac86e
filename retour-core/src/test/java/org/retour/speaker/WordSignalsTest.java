package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.resource.ResourceLines;
import org.retour.speaker.VoiceContext.Signal;

/** The context words answer the same for a word however many other words were looked up before it. */
class WordSignalsTest {

    private static final List<String> LINES = ResourceLines.classpath(VoiceContext.RESOURCE);
    private static final String[] PIECES = {"fils", "émir", "émirs", "je", "rentré", "prozess", "rückkehrerin",
        "kämpften", "والأمراء", "الأمير", "her", "son's", "son’s", "😀", "été", "a", "mère", "x", "-", "'"};

    @Test
    void knownWordsAndBaseFormsHaveTheirSignals() {
        WordSignals s = new WordSignals(LINES);
        assertThat(s.of("fils", "fr")).isEqualTo(Signal.KIN);
        assertThat(s.of("je", "fr")).isEqualTo(Signal.SELF);
        assertThat(s.of("rückkehrerin", "de")).isEqualTo(Signal.RETURNED);
        assertThat(s.of("الأمراء", "ar")).isEqualTo(Signal.EXPERIENCE);
        assertThat(s.of("table", "fr")).isNull();
    }

    @Test
    void aRoleHasTheSignalsOfItsWordsAndTellsAFateByAReturnOrAFlight() {
        WordSignals s = new WordSignals(LINES);
        assertThat(s.inRole("le fils cadet", "fr", Signal.KIN)).isTrue();
        assertThat(s.inRole("le fils cadet", "fr", Signal.SELF)).isFalse();
        assertThat(s.inRole(null, "fr", Signal.KIN)).isFalse();
        assertThat(s.fateInRole("die Rückkehrerin", "de")).isTrue();
        assertThat(s.fateInRole("die Lehrerin", "de")).isFalse();
        assertThat(s.fateInRole(null, "de")).isFalse();
    }

    @Test
    void answersDoNotDependOnWhatWasLookedUpBefore() {
        Random random = new Random(5);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 3 * WordSignals.SLOTS; i++) { // more words than slots: slots are taken over
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            words.add(b.toString());
        }
        String[] langs = {"fr", "en", "de", "ar", "xx"};
        WordSignals backwards = new WordSignals(LINES);
        Signal[] expected = new Signal[words.size()];
        for (int i = words.size() - 1; i >= 0; i--) {
            expected[i] = backwards.of(words.get(i), langs[i % langs.length]);
        }
        WordSignals warm = new WordSignals(LINES);
        for (int i = 0; i < words.size(); i++) {
            String lang = langs[i % langs.length];
            if (i % 997 == 0) {
                assertThat(new WordSignals(LINES).of(words.get(i), lang)).as(words.get(i)).isEqualTo(expected[i]);
            }
            assertThat(warm.of(words.get(i), lang)).as(words.get(i)).isEqualTo(expected[i]);
            assertThat(warm.of(new String(words.get(i)), lang)).as(words.get(i)).isEqualTo(expected[i]);
        }
        String[] lowered = {"je", null, "suis", "rentré", null, "fils"};
        Signal[] all = warm.ofAll(lowered, "fr");
        assertThat(all).containsExactly(Signal.SELF, null, null, Signal.RETURNED, null, Signal.KIN);
    }

    @Test
    void aReturnWishedForOrAskedForIsNoReturn() {
        WordSignals s = new WordSignals(LINES);
        assertThat(s.ofAll(new String[] {"he", "wants", "to", "go", "home"}, "en")[4]).isNull();
        assertThat(s.ofAll(new String[] {"asked", "to", "bring", "him", "home"}, "en")[4]).isNull();
        assertThat(s.ofAll(new String[] {"elle", "demande", "son", "rapatriement"}, "fr")[3]).isNull();
        assertThat(s.ofAll(new String[] {"er", "will", "zurück"}, "de")[2]).isNull();
        assertThat(s.ofAll(new String[] {"يريد", "العودة"}, "ar")[1]).isNull();
    }

    @Test
    void aReturnAfterTheWishIsOverStillCounts() {
        WordSignals s = new WordSignals(LINES);
        assertThat(s.ofAll(new String[] {"he", "went", "home"}, "en")[2]).isEqualTo(Signal.RETURNED);
        assertThat(s.ofAll(new String[] {"she", "wanted", "out", null, "she", "returned", "home"}, "en"))
                .containsExactly(Signal.THIRD, Signal.WISH, null, null, Signal.THIRD, Signal.RETURNED, Signal.RETURNED);
        assertThat(s.ofAll(new String[] {"he", "hoped", "for", "months", "and", "then", "came", "home"}, "en")[7])
                .isEqualTo(Signal.RETURNED);
    }
}
