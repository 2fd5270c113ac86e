package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.retour.entity.Articles;
import org.retour.model.Entity;
import org.retour.pipeline.Layers;

/** A capitalised noun after a determiner or possessive (German capitalises nouns) describes, it does not name. */
class DeterminerDescriptionTest {

    @Test
    void aPossessiveOrArticleBeforeARoleNounIsNoPersonsName() {
        String text = "Der Prozess hat begonnen. Ein Zeuge sagte, der Angeklagte sei ruhig gewesen. Sein Verteidiger, "
                + "Rechtsanwalt Jan Pieper, sprach von einem Fehler. Ihr Mann, ein Kämpfer aus Bonn, sei tot.";
        assertThat(Articles.analyze(text, "de", LocalDate.of(2019, 3, 1)).get(Layers.PERSONS))
                .extracting(Entity::canonical).containsExactly("Jan Pieper");
    }

    @Test
    void aNameAfterAnArticleIsStillFound() {
        String text = "Der Angeklagte Murat Yilmaz schwieg. Die Richterin Sabine Hartmann sagte, das Urteil folge.";
        assertThat(Articles.analyze(text, "de", LocalDate.of(2019, 3, 1)).get(Layers.PERSONS))
                .extracting(Entity::canonical).contains("Murat Yilmaz", "Sabine Hartmann");
    }
    @Test
    void aNounWithItsComplementAfterAnArticleIsNoNameBeforeAnApposedTitle() {
        String text = "Der Prozess hat begonnen. Der Sprecher der Generalstaatsanwaltschaft, Oberstaatsanwalt Lukas Brandner,"
                + " wollte nichts sagen. Eine Beraterin des Ministeriums, Doktorin Heike Sommer, widersprach.";
        assertThat(Articles.analyze(text, "de", LocalDate.of(2019, 3, 1)).get(Layers.PERSONS))
                .extracting(Entity::canonical).containsExactly("Lukas Brandner", "Heike Sommer");
    }
}
