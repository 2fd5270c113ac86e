package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A role opens with a kin noun in its own language, read the same each time the role comes back. */
class KinNounTest {

    @Test
    void aRoleIsKinInItsOwnLanguageEachTimeItIsRead() {
        PossessiveReferents kin = PossessiveReferents.bundled();
        for (int pass = 0; pass < 2; pass++) { // read, then kept
            assertThat(kin.kin("fr", new String("fils aîné"))).isTrue();
            assertThat(kin.kin("en", new String("fils aîné"))).isFalse();
            assertThat(kin.kin("fr", new String(" Fille cadette"))).isTrue();
            assertThat(kin.kin("fr", new String("éducatrice"))).isFalse();
            assertThat(kin.kin("en", new String("mother of two"))).isTrue();
            assertThat(kin.kin("fr", null)).isFalse();
        }
    }

    @Test
    void twoRolesOfDifferentKinNounsAreOtherKin() {
        PossessiveReferents kin = PossessiveReferents.bundled();
        assertThat(kin.otherKin("fr", "fils", "père de famille")).isTrue();
        assertThat(kin.otherKin("fr", "père", "Père")).isFalse();
        assertThat(kin.otherKin("fr", "fils", "éducatrice")).isFalse();
    }
}
