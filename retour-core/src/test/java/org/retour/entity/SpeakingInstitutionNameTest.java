package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** A French institution's lower-case head alone names an organisation only when it speaks. */
class SpeakingInstitutionNameTest {

    private static List<Entity> organisations(String text) {
        return Articles.analyze(text, "fr", LocalDate.of(2021, 5, 1)).get(Layers.ORGANIZATIONS);
    }

    @Test
    void aLoneHeadWhoseWordsAreReportedIsAnOrganisation() {
        String text = "Dans une lettre, la préfecture indique que les visites reprendront.";
        List<Entity> orgs = organisations(text);
        assertThat(orgs).extracting(e -> e.mentions().get(0).text()).containsExactly("préfecture");
        var span = orgs.get(0).mentions().get(0).span();
        assertThat(span.start()).isEqualTo(text.indexOf("préfecture"));
        assertThat(span.end()).isEqualTo(text.indexOf(" indique"));
        assertThat(organisations("« Rien ne change », rappelle le ministère.")).hasSize(1);
        assertThat(organisations("Sollicité, le tribunal « ne commente pas » ses décisions.")).hasSize(1);
    }

    @Test
    void aLoneHeadThatDoesNotReportWordsIsNone() {
        assertThat(organisations("La préfecture a réagi hier soir.")).isEmpty();
        assertThat(organisations("Elle a écrit à la préfecture que rien ne bougeait.")).isEmpty();
    }

    @Test
    void theHeadIsAMentionOfTheInstitutionItOpensNamedBefore() {
        List<Entity> orgs = organisations("Le parquet national antiterroriste a ouvert une enquête. Le parquet a"
                + " indiqué que l’homme était en détention.");
        assertThat(orgs).hasSize(1);
        assertThat(orgs.get(0).mentions()).extracting(m -> m.text())
                .containsExactly("parquet national antiterroriste", "parquet");
    }
}
