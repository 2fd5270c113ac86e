package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;

/**
 * French reported speech whose verb stands a word or two from the infinitive it reports (« il dit surtout avoir
 * pensé à sa fille », « elle affirme aujourd'hui ne pas avoir… »): the former fighter's account, as it is
 * without the adverb; with an official as subject it stays the official's own words.
 */
class ReportedSpeechWithAnAdverbTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> narration(String text, String lang) {
        return RULES.code(Fixtures.analyse(text, lang)).stream().map(Coding::code).toList();
    }

    @Test
    void anAdverbBetweenTheVerbAndTheInfinitiveStillReportsTheAccount() {
        assertThat(narration("Yacine est rentré de Syrie en 2019. Il dit surtout avoir pensé à son fils, né à Lyon pendant "
                + "son absence.", "fr")).contains("N9");
        assertThat(narration("Revenue d'Irak, Leïla raconte aujourd'hui encore avoir fait la queue des heures pour un sac de "
                + "farine.", "fr")).contains("N4");
    }

    @Test
    void theSameFormWithAnOfficialAsSubjectIsHisOwnView() {
        assertThat(narration("Le préfet dit surtout avoir pensé à son fils pendant la crise.", "fr")).doesNotContain("N9");
    }
}
