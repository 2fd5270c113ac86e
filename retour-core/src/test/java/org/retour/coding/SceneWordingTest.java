package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scene wordings of the codebook's version 9: what returnees tell of infighting, brutality, corruption and
 * losing ground in everyday words rather than verdicts, in four languages, with look-alikes that are not
 * coded (a negation, a topic put in a question, ordinary uses of the same words, a rival group or the Sahwa
 * named without any fighting).
 */
class SceneWordingTest {

    static Stream<Arguments> scenes() {
        return Stream.of(
                // infighting: other rebels, people who pray like us, Muslims rather than the regime
                Arguments.of("N1", "fr", "On a passé l'hiver à tirer sur d'autres rebelles."),
                Arguments.of("N1", "en", "They were farmers who prayed just like us."),
                Arguments.of("N1", "en", "The regime was fifty kilometres away and nobody cared."),
                Arguments.of("N1", "de", "Wir haben auf Muslime geschossen, Monat für Monat."),
                Arguments.of("N1", "de", "Wir haben kaum je gegen das Regime gekämpft."),
                Arguments.of("N1", "ar", "قضينا أشهرا في معارك مع النصرة"),
                Arguments.of("N1", "en", "They sent us to fight a rival faction near Marea."),
                Arguments.of("N1", "ar", "أغلب الوقت كنا نقاتل الصحوات في القرى"),
                // brutality: public killings, killed for a trifle, hung by the wrists, a cross, a building
                Arguments.of("N2", "en", "Public hangings became part of the week."),
                Arguments.of("N2", "en", "They hanged a farmer because he had hidden a radio."),
                Arguments.of("N2", "en", "They shot a boy for laughing in the mosque."),
                Arguments.of("N2", "fr", "Ils tuaient des gens pour une cigarette."),
                Arguments.of("N2", "fr", "Des combattants ont été exécutés par leurs propres chefs."),
                Arguments.of("N2", "de", "Sie hingen an den Handgelenken von der Decke."),
                Arguments.of("N2", "ar", "علقوا الرجل على صليب في الدوار"),
                Arguments.of("N2", "ar", "كانوا يرمون الناس من فوق العمارة"),
                Arguments.of("N2", "ar", "كان الأسرى يقتلون بالعشرات"),
                // corruption: living like landlords, selling weapons or aid, demanding what they did not do
                Arguments.of("N3", "en", "The commanders lived like landlords."),
                Arguments.of("N3", "en", "Our emir sold the weapons and disappeared with the money."),
                Arguments.of("N3", "fr", "Le chef a vendu les armes de la katiba."),
                Arguments.of("N3", "en", "The emirs lied to us about Islam from the first day."),
                Arguments.of("N3", "de", "Der Emir hat die Hilfspakete auf dem Markt verkauft."),
                Arguments.of("N3", "de", "Sie haben Verzicht verlangt, selbst aber in Villen gewohnt."),
                Arguments.of("N3", "ar", "كانوا يأخذون الزكاة ثم يبيعونها في السوق"),
                Arguments.of("N3", "ar", "كان الأمير يمنعنا من السجائر ويدخن أمامنا"),
                // losing ground: backing away, a street a day, towns fallen, no talk of conquest
                Arguments.of("N6", "fr", "L'armée du califat recule partout."),
                Arguments.of("N6", "fr", "Le front se rapprochait de la maison."),
                Arguments.of("N6", "en", "We were losing a village a week."),
                Arguments.of("N6", "en", "Nobody talked about Rome after that summer."),
                Arguments.of("N6", "en", "Men argued about which road out was still open."),
                Arguments.of("N6", "de", "Dann ist auch Rakka gefallen."),
                Arguments.of("N6", "de", "Von Eroberungen sprach keiner mehr."),
                Arguments.of("N6", "ar", "كانت القرى تسقط واحدة تلو الأخرى"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("scenes")
    void aSceneOfTheCodeIsCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of("N1", "en", "They never prayed like us, they said."),
                Arguments.of("N1", "en", "The commander sold our weapons to a rival faction."),
                Arguments.of("N1", "ar", "أعدموا شابين بتهمة التعامل مع الصحوات"),
                Arguments.of("N2", "fr", "Interrogé sur les exécutions publiques, il s'est tu."),
                Arguments.of("N2", "en", "Asked about the beheadings, he changed the subject."),
                Arguments.of("N2", "de", "Auf die Frage nach den Hinrichtungen schwieg er."),
                Arguments.of("N2", "ar", "وردا على سؤال عن الإعدامات قال إنه لا يعرف"),
                Arguments.of("N2", "fr", "J'entendais les cris des enfants qui jouaient."),
                Arguments.of("N3", "en", "My uncle sold the house and moved to Leeds."),
                Arguments.of("N3", "en", "Every one of them has a story, and half of them are lies."),
                Arguments.of("N6", "fr", "Il ne recule devant rien, disait son père."),
                Arguments.of("N6", "en", "The shop got bigger every year."),
                Arguments.of("N6", "de", "Das Konzert hat mir gut gefallen."),
                Arguments.of("N6", "en", "He said there was no caliphate, only men with guns."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("lookAlikes")
    void aLookAlikeOfTheSceneIsNotCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }
}
