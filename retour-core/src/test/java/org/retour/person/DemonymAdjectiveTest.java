package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An English demonym of a country before the noun it qualifies ("a Turkish number", "a Syrian passport", "the
 * Swedish foreign ministry") describes no one; before a preposition, a relative pronoun, a participle, a verb of
 * speech or a noun of nationality ("a Belgian in his forties", "an Iraqi who", "a Dane convicted", "a Dutch
 * national") it still describes a person.
 */
class DemonymAdjectiveTest {

    private static List<String> described(String text) {
        return org.retour.quote.TestPipelines.analyze(text, "en").get(PersonStage.DESCRIPTIONS).stream()
                .map(PersonDescription::text).toList();
    }

    @Test
    void aDemonymBeforeTheThingItQualifiesDescribesNoOne() {
        assertThat(described("He called his father from a Turkish number and showed a Syrian passport at the border."))
                .doesNotContain("a Turkish", "a Syrian");
        assertThat(described("The Swedish foreign ministry declined to comment on the case."))
                .doesNotContain("The Swedish");
    }

    @Test
    void aDemonymBeforeAPrepositionARelativeOrAParticipleIsAPerson() {
        assertThat(described("A Belgian in his forties shouted at the guards.")).contains("A Belgian");
        assertThat(described("An Iraqi who fled Mosul in 2017 spoke to the court.")).contains("An Iraqi");
        assertThat(described("A Dane convicted of joining the group was released on Monday.")).contains("A Dane");
        assertThat(described("An Egyptian said the emirs had fled first.")).contains("An Egyptian");
        assertThat(described("He spoke of his cellmate, a Moroccan known as Yassin.")).anyMatch(d -> d.startsWith("a Moroccan"));
    }

    @Test
    void aDemonymBeforeANounOfNationalityIsAPerson() {
        assertThat(described("Her husband, a Dutch national, was killed near Baghuz.")).anyMatch(d -> d.startsWith("a Dutch"));
    }
}
