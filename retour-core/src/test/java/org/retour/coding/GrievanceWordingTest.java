package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grievances in other wordings than the codebook's examples: stems for feminine and plural nationalities,
 * cut or unpaid wages, hypocrisy of preachers, the end coming, a fugitive caught at the border and shot;
 * "never", "jamais", "nie", "rejected the idea" and "rather than" negate a cue after them; a relative named
 * in the third person ("her mother told reporters") is no homesickness unless wanted, joined or cared for;
 * slaves listed among an emir's goods are corruption, not brutality; "That's not it" denies a cue before it.
 */
class GrievanceWordingTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N2", "en", "They hanged the baker on the roundabout for selling cigarettes."),
                Arguments.of("N2", "fr", "Ils ont pendu un homme sur la place du marché."),
                Arguments.of("N4", "en", "The caliphate had become a prison for us."),
                Arguments.of("N9", "en", "He said he only wanted his mother."),
                Arguments.of("N9", "fr", "Il affirme être rentré pour sa fille."),
                Arguments.of("N9", "de", "Sie wollten vor allem ihre Kinder aus dem Kriegsgebiet bringen."),
                Arguments.of("N2", "fr", "Ils vendaient des esclaves yézidies au marché."),
                Arguments.of("N2", "en", "I saw them throw a man off a roof."),
                Arguments.of("N3", "fr", "Les chefs revendaient le carburant au marché noir."),
                Arguments.of("N3", "fr", "Les émirs s'enrichissaient pendant qu'on crevait de faim."),
                Arguments.of("N4", "fr", "La vie là-bas n'avait rien à voir avec les vidéos."),
                Arguments.of("N4", "ar", "لم يكن هناك طعام ولا دواء"),
                Arguments.of("N5", "fr", "On nous traitait comme des domestiques."),
                Arguments.of("N6", "de", "Das Kalifat brach zusammen."),
                Arguments.of("N6", "en", "The bombing never stopped and we lost Raqqa."),
                Arguments.of("N7", "ar", "أعدموا الفارين"),
                Arguments.of("N3", "fr", "Ils prêchaient la modestie et revendaient les dons au souk."),
                Arguments.of("N3", "en", "The emir lives like a sultan while we sleep on the floor."),
                Arguments.of("N3", "de", "Sie predigten Armut und verkauften die Hilfsgüter."),
                Arguments.of("N4", "fr", "Notre salaire a baissé de moitié, puis plus rien."),
                Arguments.of("N4", "en", "We ate beans every day for a year."),
                Arguments.of("N4", "de", "Der Sold wurde gekürzt, dann kam nichts mehr."),
                Arguments.of("N5", "fr", "Les Syriennes passaient d'abord, nous on attendait."),
                Arguments.of("N5", "en", "The commanders trusted only the Iraqis."),
                Arguments.of("N5", "de", "Wer kein Arabisch sprach, kam an die Front."),
                Arguments.of("N6", "en", "Everyone knew the end was near."),
                Arguments.of("N6", "de", "Alle wussten, es war vorbei."),
                Arguments.of("N7", "en", "He reached the border and they shot him there."),
                Arguments.of("N7", "de", "Sie haben ihn an der Grenze gefasst und erschossen."),
                Arguments.of("N7", "fr", "Ceux qui voulaient fuir étaient jetés en prison."),
                Arguments.of("N8", "fr", "On voulait qu'il aille se faire exploser à un barrage."),
                Arguments.of("N8", "ar", "طلبوا منه أن يفجر نفسه في سيارة مفخخة"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aGrievanceInOtherWordsIsCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    static Stream<Arguments> negated() {
        return Stream.of(
                Arguments.of("N2", "fr", "Je n'ai jamais vu de décapitation."),
                Arguments.of("N8", "en", "They never chose me for a suicide mission."),
                Arguments.of("N2", "de", "Ich habe nie eine Hinrichtung gesehen."),
                Arguments.of("N2", "en", "Most of them rejected the idea that brutality pushed them out."),
                Arguments.of("N6", "en", "They left over unpaid wages rather than military defeats."),
                Arguments.of("N4", "en", "They shot him like a dog."),
                Arguments.of("N4", "en", "He was held in a prison run by the Kurdish forces."),
                Arguments.of("N4", "ar", "وعده أحد أقاربه براتب شهري"),
                Arguments.of("N9", "en", "Her mother told reporters the trial was unfair."),
                Arguments.of("N9", "fr", "Il a été fouetté devant sa mère."),
                Arguments.of("N2", "fr", "Les émirs avaient des esclaves, des voitures et des villas."),
                Arguments.of("N6", "en", "People think we ran because we were losing. That's not it."),
                Arguments.of("N2", "de", "Angst vor den Hinrichtungen habe er nicht gehabt."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("negated")
    void aCueAfterANegationIsNotCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }
}
