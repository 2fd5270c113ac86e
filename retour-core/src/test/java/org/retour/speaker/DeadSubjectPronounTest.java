package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A person the sentence before tells has died ("One of them is now dead.") takes no pronoun that opens the next
 * sentence: the words go to the person the paragraph is about.
 */
class DeadSubjectPronounTest {

    @Test
    void aPronounAfterADeadPartitiveGoesToTheProtagonist() {
        List<Quote> q = top("Gareth Pomfrey keeps his old phone in a drawer.\n\n"
                + "Pomfrey, then a student, left in 2014 with two friends. One of them is now dead. He says he was"
                + " \"lied to from the first day\".\n\n"
                + "\"They promised us houses and we got a mattress,\" he said.", "en");
        assertThat(speaker(q.get(0)).name()).isEqualTo("Gareth Pomfrey");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Gareth Pomfrey");
    }

    @Test
    void aPronounAfterALivingPartitiveStillFollowsIt() {
        List<Quote> q = top("Gareth Pomfrey keeps his old phone in a drawer.\n\n"
                + "Pomfrey, then a student, left in 2014 with two friends. One of them is now a teacher. He says he was"
                + " \"lied to from the first day\".", "en");
        assertThat(speaker(q.get(0)).description()).isEqualTo("One of them");
    }

    @Test
    void wordsWithNoCueAfterTheParagraphTellsTheHusbandWasKilledAreTheWidows() {
        List<Quote> q = top("Amandine M., 31 ans, a grandi à Trappes. En août 2014, elle a rejoint la Syrie avec son mari.\n\n"
                + "Ce qu'elle décrit d'abord, c'est l'enfermement. « À Raqqa, une femme ne sort pas seule. »\n\n"
                + "Son mari, un converti de Mantes-la-Jolie, combattait sur le front de Deir ez-Zor. Il a été tué au"
                + " printemps 2016. « Après sa mort, on m'a placée dans une madafa, une maison pour les veuves. »", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Amandine M.");
    }

    @Test
    void wordsWithNoCueAfterALivingHusbandAreStillHis() {
        List<Quote> q = top("Amandine M., 31 ans, a grandi à Trappes. En août 2014, elle a rejoint la Syrie avec son mari.\n\n"
                + "Ce qu'elle décrit d'abord, c'est l'enfermement. « À Raqqa, une femme ne sort pas seule. »\n\n"
                + "Son mari, un converti de Mantes-la-Jolie, combattait sur le front de Deir ez-Zor. Il a été blessé au"
                + " printemps 2016. « Après ma blessure, on m'a envoyé à l'arrière. »", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
    }
}
