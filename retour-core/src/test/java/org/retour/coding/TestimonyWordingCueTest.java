package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cue families of the codebook's version 18, in the words former fighters use in interviews and trials: a war
 * between Muslims, rival factions crushed, people of the opposition fought (N1); women sold at the market, people
 * killed or executed, bodies on crosses (N2); a way out of prison bought, bribes, "it was a business" (N3); nothing
 * to eat, waiting without anything to do, cleaning toilets (N4); foreigners paid more than locals, no Arabic
 * spoken, locals against foreigners (N5); an obvious defeat, falling back, strikes that killed every day, a named
 * city lost, morale at rock bottom (N6); passports taken, families threatened, fugitives hunted, deserters shot,
 * escape that risked one's life, guarded roads (N7); cars rigged with explosives (N8); a relative who persuaded or
 * begged the fighter to come back, thoughts of one's family, the birth of a child (N9). Each family has
 * look-alikes that keep their answer: "se battre contre" (to fight, not to beat), a hand cut off for stealing (the
 * theft is the victim's, not the leaders'), another army's retreat, drones watched for out of boredom, a killing of
 * Muslims by Muslims (infighting, not brutality).
 */
class TestimonyWordingCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N1", "fr", "C'était une guerre entre musulmans, ça n'avait aucun sens."),
                Arguments.of("N1", "en", "My commander cared only about crushing the rival factions."),
                Arguments.of("N1", "de", "Es war ein Krieg von Muslimen gegen Muslime."),
                Arguments.of("N1", "ar", "كانت حربا بين المسلمين"),
                Arguments.of("N1", "fr", "On se battait contre des gens de l'opposition."),
                Arguments.of("N2", "fr", "Des femmes yézidies étaient vendues au marché."),
                Arguments.of("N2", "en", "Women were sold in the market like cattle."),
                Arguments.of("N2", "de", "Sie töteten Muslime ohne Grund."),
                Arguments.of("N2", "ar", "كانوا يقتلون المسلمين بلا سبب"),
                Arguments.of("N2", "de", "Die Leichen hingen tagelang an Kreuzen."),
                Arguments.of("N3", "fr", "Avec de l'argent, tu pouvais acheter ta sortie de prison."),
                Arguments.of("N3", "en", "With money you could buy your way out of prison."),
                Arguments.of("N3", "de", "Kommandeure haben an Kontrollpunkten Schmiergeld kassiert."),
                Arguments.of("N3", "ar", "بالمال كنت تستطيع شراء خروجك من السجن"),
                Arguments.of("N4", "fr", "On ne mangeait rien."),
                Arguments.of("N4", "ar", "لم يكن لدينا ما نأكله"),
                Arguments.of("N4", "de", "Es fehlte an allem, sogar an Medikamenten."),
                Arguments.of("N5", "fr", "Les Européens étaient mieux payés que les locaux."),
                Arguments.of("N5", "en", "Europeans were paid more than the locals."),
                Arguments.of("N5", "de", "Die Europäer bekamen mehr Geld als die Einheimischen."),
                Arguments.of("N5", "ar", "كان الأوروبيون يتقاضون أكثر من المحليين"),
                Arguments.of("N6", "fr", "On a battu en retraite jusqu'à Baghouz."),
                Arguments.of("N6", "en", "Defeat was obvious by then."),
                Arguments.of("N6", "en", "Air strikes killed dozens of fighters every day."),
                Arguments.of("N6", "de", "Nach dem Fall von Mossul wusste jeder, dass es vorbei war."),
                Arguments.of("N6", "de", "Die Moral war am Boden."),
                Arguments.of("N7", "fr", "Ils m'ont pris mon passeport dès l'arrivée."),
                Arguments.of("N7", "en", "They threatened my family when I talked about it."),
                Arguments.of("N7", "de", "Sie nahmen mir am ersten Tag den Pass ab."),
                Arguments.of("N7", "ar", "أخذوا جواز سفري يوم وصولي"),
                Arguments.of("N7", "en", "Running away meant risking your life."),
                Arguments.of("N7", "fr", "Les déserteurs étaient fusillés devant tout le monde."),
                Arguments.of("N8", "ar", "كانوا يفخخون السيارات ويبحثون عن سائقين"),
                Arguments.of("N9", "en", "My sister persuaded me to come back."),
                Arguments.of("N9", "de", "Meine Schwester hat mich überredet zurückzukommen."),
                Arguments.of("N9", "en", "The birth of a child made me decide."),
                Arguments.of("N9", "ar", "كنا نفكر في عائلاتنا كل ليلة"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aTestimonyWordingCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void fightingAgainstSomeoneIsNoBeating() {
        assertThat(codes("On se battait contre des gens de l'opposition.", "fr")).doesNotContain("N2");
    }

    @Test
    void aTheftPunishedIsNoCorruption() {
        assertThat(codes("They cut off a boy's hand for stealing bread.", "en")).contains("N2").doesNotContain("N3");
        assertThat(codes("On coupait des mains pour un vol de pain.", "fr")).contains("N2").doesNotContain("N3");
        assertThat(codes("They stole from the people.", "en")).contains("N3");
    }

    @Test
    void anotherArmyRetreatingIsNoLossOfGround() {
        assertThat(codes("The regime's soldiers were retreating and we took the base.", "en")).doesNotContain("N6");
        assertThat(codes("Die Soldaten des Regimes zogen sich zurück.", "de")).doesNotContain("N6");
        assertThat(codes("We were retreating everywhere.", "en")).contains("N6");
    }

    @Test
    void dronesAloneAndAFigurativeLossAreNoDefeat() {
        assertThat(codes("There was nothing to do but watch the sky for drones.", "en")).doesNotContain("N6");
        assertThat(codes("The group lost him long before it lost Baghouz.", "en")).doesNotContain("N6");
    }

    @Test
    void muslimsKillingMuslimsIsInfighting() {
        assertThat(codes("Des musulmans qui tuaient des musulmans pour de l'essence.", "fr")).contains("N1").doesNotContain("N2");
        assertThat(codes("Ils tuaient des familles entières.", "fr")).contains("N2");
    }

    @Test
    void aPaymentTwiceOverIsNoUnequalPay() {
        assertThat(codes("He paid a smuggler twice.", "en")).doesNotContain("N5");
        assertThat(codes("A local fighter was paid less than a foreigner.", "en")).contains("N5");
    }
}
