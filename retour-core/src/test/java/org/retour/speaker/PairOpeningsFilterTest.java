package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The first-letter test of the openings of a pair turns a sentence away only when its head, lower-cased, opens with
 * none of them: on accented French, Arabic, emoji, a dotted capital I and a capital sigma alike.
 */
class PairOpeningsFilterTest {

    private static final PairOthers.Openings OPENINGS = PairOthers.Openings.of(
            Set.of("l'autre", "l’autre", "the_other", "der_andere", "l'un", "ihr", "σε"));
    private static final String[] PIECES = {"L'AUTRE", "l’autre", "The other", "DER ANDERE", "L'un", "É", "é", "ß",
        "الآخر", "😀", "\uD801\uDC00", "Σ", "\u0130", "İ", "K", "\u212A", " ", ",", "\u00A0", "’", "a", "t", "d"};

    @Test
    void turnsAwayWhatNoFormOpens() {
        assertThat(OPENINGS.surelyNot('M')).isTrue();
        assertThat(OPENINGS.surelyNot('L')).isFalse();
        assertThat(OPENINGS.surelyNot('T')).isFalse();
        assertThat(OPENINGS.forms()).contains("the other", "der andere");
    }

    @Test
    void neverTurnsAwayAHeadThatOpensWithAForm() {
        Random random = new Random(29);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int n = 1 + random.nextInt(6); n > 0; n--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            String head = text.substring(0, Math.min(text.length(), 24)).toLowerCase(Locale.ROOT);
            boolean opens = OPENINGS.forms().stream().anyMatch(head::startsWith);
            if (opens) {
                assertThat(OPENINGS.surelyNot(text.charAt(0))).as(text).isFalse();
            }
        }
    }
}
