package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retour.model.Span;
import org.retour.person.Gender;
import org.retour.person.PersonDescription;

/** The set of a document's noted speakers holds what a hash set of them would hold. */
class SpeakerSetTest {

    @Test
    void anEqualDescriptionIsHeldAsTheSame() {
        SpeakerSet s = new SpeakerSet();
        PersonDescription a = new PersonDescription(new Span(3, 12), "le prévenu", "prévenu", Gender.MALE, true);
        assertThat(s.add(a)).isTrue();
        assertThat(s.add(new PersonDescription(new Span(3, 12), "le prévenu", "prévenu", Gender.MALE, true))).isFalse();
        assertThat(s.contains(new PersonDescription(new Span(3, 12), "le prévenu", "prévenu", Gender.MALE, true))).isTrue();
        assertThat(s.contains(new PersonDescription(new Span(40, 49), "le prévenu", "prévenu", Gender.MALE, true))).isFalse();
        assertThat(s.size()).isEqualTo(1);
    }

    @Test
    void agreesWithAHashSetOnRandomAdditions() {
        Random random = new Random(23);
        String[] roles = {"père", "mother", "Rückkehrer", "العائد", "émir 😀"};
        for (int round = 0; round < 2_000; round++) {
            SpeakerSet s = new SpeakerSet();
            Set<Object> expected = new HashSet<>();
            List<Object> order = new ArrayList<>();
            for (int n = random.nextInt(30); n > 0; n--) {
                int start = random.nextInt(6);
                String role = roles[random.nextInt(roles.length)];
                Object who = random.nextBoolean() ? "P" + random.nextInt(8)
                        : new PersonDescription(new Span(start, start + 4), "the " + role, role, Gender.UNKNOWN, true);
                boolean added = expected.add(who);
                if (added) {
                    order.add(who);
                }
                assertThat(s.add(who)).isEqualTo(added);
                Object probe = random.nextBoolean() ? "P" + random.nextInt(8) : who;
                assertThat(s.contains(probe)).isEqualTo(expected.contains(probe));
            }
            List<Object> seen = new ArrayList<>();
            s.forEach(seen::add);
            assertThat(seen).containsExactlyElementsOf(order);
        }
    }
}
