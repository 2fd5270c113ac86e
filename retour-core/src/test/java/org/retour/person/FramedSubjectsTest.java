package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/**
 * After « Pour X, » or "For X," a noun phrase with a determiner that no comma closes is the subject of the
 * sentence's clause, another person, not X's role; one that a comma closes is X's apposition.
 */
class FramedSubjectsTest {

    private static Entity person(String text, String lang, String name) {
        List<Entity> p = TestPipelines.analyze(text, lang).get(Layers.PERSONS);
        return p.stream().filter(e -> e.canonical().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aPossessiveSubjectAfterPourIsNoRoleOfTheName() {
        assertThat(person("Pour Gérard Lemaître, son fils « n'a jamais porté une arme ».", "fr", "Gérard Lemaître")
                .role()).isNull();
        assertThat(person("Selon Nadia Ferhat, sa fille a été « manipulée » dès le départ.", "fr", "Nadia Ferhat")
                .role()).isNull();
    }

    @Test
    void aSubjectAfterSelonAndATitleOrAfterDapresIsNoRoleOfTheName() {
        assertThat(person("Mehdi Khelifi est détenu. Me Antoine Giraud le défend. Selon Me Giraud, le jeune homme a"
                + " été placé dans une cellule.", "fr", "Antoine Giraud").role()).isEqualTo("avocat");
        assertThat(person("D'après Paul Morel, le procureur a exagéré.", "fr", "Paul Morel").role()).isNull();
        assertThat(person("D’après Abou Ali, le jeune homme a été arrêté en 2016.", "fr", "Abou Ali").role()).isNull();
    }

    @Test
    void anEnglishSubjectAfterForIsNoRoleOfTheName() {
        assertThat(person("For Amina Yusuf, her brother “was never a fighter.”", "en", "Amina Yusuf").role()).isNull();
    }

    @Test
    void anAppositionClosedByACommaStillGivesTheRole() {
        assertThat(person("Selon Hélène Garnier, la coordinatrice du centre, « rien n'a changé ».", "fr",
                "Hélène Garnier").role()).isEqualTo("coordinatrice du centre");
    }
}
