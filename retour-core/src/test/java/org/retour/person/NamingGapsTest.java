package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A gapped naming phrase is read back from the name at UTF-16 offsets, past emoji and accented words in its gap, with
 * at most four words in the gap and only its own words around it.
 */
class NamingGapsTest {

    private static boolean introduces(String text) {
        return NamingGaps.bundled().introducesName(text, text.indexOf(','), text.indexOf("Samer"), "en");
    }

    @Test
    void theGapHoldsTheAgentOrTheSource() {
        assertThat(introduces("😊 the man, identified by the 🇸🇾 ministry as Samer")).isTrue();
        assertThat(introduces("the man, identified in court papers as Samer")).isTrue();
        assertThat(introduces("the man, named by the Sûreté as  Samer")).isTrue();
    }

    @Test
    void aLongGapOrAnotherVerbNamesNoOne() {
        assertThat(introduces("the man, identified by a long list of several sources as Samer")).isFalse();
        assertThat(introduces("the man, seen by the ministry as Samer")).isFalse();
        assertThat(introduces("the man, identified as Samer")).isFalse(); // the plain phrase is NamingPhrases'
        assertThat(introduces("the man, identified by the\nministry as Samer")).isFalse();
    }
}
