package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A present participle that opens a sentence before a known surname is no given name: the surname is the person's. */
class ParticipleOpenerTest {

    private static List<Entity> persons(String text) {
        return TestPipelines.analyze(text, "en").get(Layers.PERSONS);
    }

    @Test
    void aParticipleBeforeAKnownSurnameLeavesTheSurnameToItsPerson() {
        List<Entity> p = persons("Yasin Abdi Warsame testified on Tuesday. Questioning Warsame on redirect, the prosecutor"
                + " asked about the smuggler.");
        assertThat(p).extracting(Entity::canonical).containsExactly("Yasin Abdi Warsame");
        assertThat(p.get(0).mentions()).extracting(Mention::text).contains("Warsame");
    }

    @Test
    void anotherParticipleOpeningTheSentenceIsNoRelative() {
        List<Entity> p = persons("Leila Haddad runs a bakery in Malmö. Thanking Haddad for her time, the minister left.");
        assertThat(p).extracting(Entity::canonical).doesNotContain("Thanking Haddad");
    }

    @Test
    void anUnlistedGivenNameBeforeAKnownSurnameIsStillARelative() {
        List<Entity> p = persons("Yasin Warsame denies the charges. Hodanyo Warsame, his sister, told the court he wanted"
                + " to come home.");
        assertThat(p).extracting(Entity::canonical).contains("Yasin Warsame", "Hodanyo Warsame");
    }
}
