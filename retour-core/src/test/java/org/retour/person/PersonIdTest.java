package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A document's persons are numbered P1, P2, … however many there are. */
class PersonIdTest {

    @Test
    void idsAreThePrefixAndTheNumber() {
        for (int n = 1; n <= 500; n++) {
            assertThat(LexiconPersonFinder.personId(n)).isEqualTo("P" + n);
        }
    }
}
