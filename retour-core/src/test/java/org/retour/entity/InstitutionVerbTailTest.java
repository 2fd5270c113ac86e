package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** A verb in -e after a lower-case institution's head, with its object after it, is no adjective of the name. */
class InstitutionVerbTailTest {

    private static List<String> organisations(String text) {
        List<Entity> orgs = Articles.analyze(text, "fr", LocalDate.of(2021, 5, 1)).get(Layers.ORGANIZATIONS);
        return orgs.stream().flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
    }

    @Test
    void aVerbWithItsObjectEndsTheName() {
        assertThat(organisations("Le ministère renvoie à son communiqué. « Rien ne change », y précise le ministère."))
                .noneMatch(t -> t.contains("renvoie"));
        assertThat(organisations("La préfecture publie les chiffres chaque mois.")).noneMatch(t -> t.contains("publie"));
    }

    @Test
    void adjectivesAndParticiplesBeforeALinkStayInTheName() {
        assertThat(organisations("L'Association de sauvetage des Tunisiens bloqués à l'étranger a écrit au ministre."))
                .contains("Association de sauvetage des Tunisiens bloqués à l'étranger");
        assertThat(organisations("Le ministère belge des Affaires étrangères a répondu."))
                .contains("ministère belge des Affaires étrangères");
        assertThat(organisations("Le tribunal correctionnel de Paris le condamne à cinq ans."))
                .contains("tribunal correctionnel de Paris");
    }
}
