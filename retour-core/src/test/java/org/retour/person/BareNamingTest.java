package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** A bare naming participle names a person after a person's noun, not after a thing's. */
class BareNamingTest {

    private static List<String> persons(String text, String lang) {
        return TestPipelines.analyze(text, lang).get(Layers.PERSONS).stream().map(Entity::canonical).toList();
    }

    @Test
    void aFilmOrAGroupCalledSomethingIsNoPerson() {
        assertThat(persons("He watched a propaganda film called \"Flames of War\" on his phone.", "en")).isEmpty();
        assertThat(persons("Il a rejoint un groupe nommé Jund al-Khilafa en 2014.", "fr")).isEmpty();
    }

    @Test
    void aManCalledOrSomeoneNamedIsAPerson() {
        assertThat(persons("In Raqqa he met a man called Omar Haddad.", "en")).containsExactly("Omar Haddad");
        assertThat(persons("Her son, named Ali, left in 2015.", "en")).containsExactly("Ali");
        assertThat(persons("Il a rencontré un combattant surnommé Abou Talha.", "fr")).contains("Abou Talha");
    }
}
