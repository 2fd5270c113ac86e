package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * The role a copula gives a person right after their name, past an age set off by commas (« Nadia Benali, 44 ans, est
 * éducatrice spécialisée », "Omar Haddad is a nurse"), when a person's noun follows with no article or an
 * indefinite one.
 */
class CopulaRoleTest {

    private static String roleOf(String text, String lang, String name) {
        Analysis a = TestPipelines.analyze(text, lang);
        return a.get(Layers.PERSONS).stream().filter(e -> e.canonical().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no person " + name)).role();
    }

    @Test
    void aTradeAfterTheCopulaAndAnAgeIsTheRole() {
        assertThat(roleOf("Elle reçoit dans un petit bureau. Nadia Benali, 44 ans, est éducatrice spécialisée au Codase"
                + " depuis quinze ans.", "fr", "Nadia Benali")).startsWith("éducatrice spécialisée");
    }

    @Test
    void anIndefiniteTradeAfterAnEnglishCopulaIsTheRole() {
        assertThat(roleOf("Omar Haddad is a nurse at the Royal Infirmary.", "en", "Omar Haddad")).startsWith("nurse");
    }
}
