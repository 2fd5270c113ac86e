package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.pipeline.Layers;

/** « cour » in lower case is a court of justice only with its kind (« cour d'appel »), not a yard (« la cour carrelée »). */
class LowerCaseCourtTest {

    private static List<String> organisations(String text) {
        return Articles.analyze(text, "fr", LocalDate.of(2019, 3, 1)).get(Layers.ORGANIZATIONS).stream()
                .flatMap(e -> e.mentions().stream()).map(m -> m.text()).toList();
    }

    @Test
    void aYardIsNoCourt() {
        assertThat(organisations("Les enfants jouent dans la cour carrelée de la maison familiale.")).isEmpty();
        assertThat(organisations("Il a été exécuté dans la cour d'un ancien stade de Raqqa.")).isEmpty();
    }

    @Test
    void aCourtWithItsKindIsAnInstitution() {
        assertThat(organisations("La cour d'appel de Paris a confirmé la peine.")).containsExactly("cour d'appel de Paris");
        assertThat(organisations("La cour d'assises spéciale de Paris a condamné trois hommes."))
                .containsExactly("cour d'assises spéciale de Paris");
    }
}
