package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 24: a message, an apology or a plea for forgiveness sent to one's
 * mother or family, children one wants to see the world at home, one's old room, a relative who decided the
 * return (N9); a state the size of a village, a few streets held, no territory left (N6); the men opposite
 * declared apostates, a fighter who joined to fight the regime and never saw its soldiers (N1); leaders who
 * preach that this world does not matter (N3); what is done to those who try to leave (N7); names taken down
 * for missions, the "honour" promised (N8). Negation and hypothesis keep their scope, and look-alikes (telling
 * one's family a lie on leaving, « j'ai vu une femme », an attempt to escape told without its price) stay
 * uncoded.
 */
class MessageHomeAndShrunkenStateCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N9", "fr", "Dites à ma mère que je vais bien."),
                Arguments.of("N9", "fr", "Il aimerait qu'on dise à sa famille qu'il est en vie."),
                Arguments.of("N9", "fr", "À ma mère, je demande pardon."),
                Arguments.of("N9", "fr", "Je suis désolé pour ma famille."),
                Arguments.of("N9", "fr", "Je voudrais que mes enfants connaissent la neige."),
                Arguments.of("N9", "fr", "Il rêve de retrouver sa chambre à Lyon."),
                Arguments.of("N9", "fr", "C'est sa femme qui l'a décidé à rentrer."),
                Arguments.of("N9", "en", "Tell my mum I am fine."),
                Arguments.of("N9", "en", "I am sorry for my parents."),
                Arguments.of("N9", "en", "To my father, I ask for forgiveness."),
                Arguments.of("N9", "en", "My mother will get a letter about me one day."),
                Arguments.of("N9", "en", "I want my kids to see snow."),
                Arguments.of("N9", "en", "He talks of getting back to his bedroom in Leeds."),
                Arguments.of("N9", "de", "Sag meiner Mutter, dass es mir gut geht."),
                Arguments.of("N9", "de", "Ich bitte meine Mutter um Verzeihung."),
                Arguments.of("N9", "de", "Es tut mir leid für meine Familie."),
                Arguments.of("N9", "de", "Ich will, dass meine Kinder das Meer sehen."),
                Arguments.of("N9", "ar", "سامحيني على كل شيء."),
                Arguments.of("N6", "fr", "À la fin, l'État avait la taille d'un stade."),
                Arguments.of("N6", "fr", "On ne tenait plus que quelques maisons."),
                Arguments.of("N6", "en", "By then the caliphate was the size of a village."),
                Arguments.of("N6", "en", "We held a few streets of Hajin."),
                Arguments.of("N6", "en", "There was no territory left."),
                Arguments.of("N6", "de", "Am Ende war der Staat so groß wie ein Fußballfeld."),
                Arguments.of("N6", "de", "Wir hatten kein Gebiet mehr."),
                Arguments.of("N6", "ar", "صارت الدولة بحجم ملعب."),
                Arguments.of("N1", "fr", "L'émir disait que ceux d'en face étaient des apostats."),
                Arguments.of("N1", "fr", "Il croyait partir combattre le régime de Bachar."),
                Arguments.of("N1", "en", "The commander said the men on the other side were apostates."),
                Arguments.of("N1", "en", "I joined thinking we would fight the regime."),
                Arguments.of("N1", "en", "In two years I did not see a single soldier of the regime."),
                Arguments.of("N1", "en", "They called them apostates, though they had been our brothers."),
                Arguments.of("N1", "de", "Er dachte, er würde gegen Assad kämpfen."),
                Arguments.of("N1", "ar", "ظننت أننا سنقاتل النظام."),
                Arguments.of("N3", "en", "The emir told us the dunya is nothing."),
                Arguments.of("N3", "en", "They preached to us about the afterlife and kept the cars."),
                Arguments.of("N3", "fr", "Ils nous répétaient que la dounia ne compte pas."),
                Arguments.of("N3", "de", "Sie predigten vom Jenseits und fuhren dicke Autos."),
                Arguments.of("N7", "en", "You know what they do to people who try."),
                Arguments.of("N7", "de", "Du weißt, was sie mit denen machen, die fliehen."),
                Arguments.of("N8", "en", "They took our names for the operations."),
                Arguments.of("N8", "en", "His name was on a sheet the emir carried."),
                Arguments.of("N8", "en", "The brothers on this list will have the honour."),
                Arguments.of("N8", "fr", "Ils notaient nos noms pour les camions."),
                Arguments.of("N8", "fr", "Ces frères auront l'honneur."),
                Arguments.of("N8", "de", "Sein Name stand auf einem Zettel."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aWordingOfTheFamilyCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void anApologyDeniedOrAShrunkenStateSupposedIsNotCounted() {
        assertThat(codes("I am not sorry for my mother.", "en")).doesNotContain("N9");
        assertThat(codes("If the caliphate had been the size of a village, nobody would have come.", "en"))
                .doesNotContain("N6");
    }

    @Test
    void lookAlikesStayUncoded() {
        assertThat(codes("He flew to Istanbul in 2015, telling his family he had found work.", "en")).doesNotContain("N9");
        assertThat(codes("J'ai vu une femme fouettée au marché.", "fr")).doesNotContain("N9");
        assertThat(codes("She said she tried to escape twice.", "en")).doesNotContain("N7");
    }
}
