package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Paraphrase families of the codebook's version 7 in four languages: prisoners killed one by one and
 * beatings in the market, leaders who forbid others what they allow themselves, a commander's kin spared,
 * aid and flour sold, guard duty at empty depots and work without pay, falling back and reinforcements that
 * never come, a city that grows smaller, a death warrant for whoever tries to leave, a checkpoint that keeps
 * people in, farewell videos and written wills before a mission, a parent in hospital; and look-alikes
 * (a court's bench, "هيئة المحكمة", is no rebel group; a guard at a prison gate is no menial grievance) and
 * conditions opened without "if" ("Had they…", „Hätten wir…“, «لولا») that are not coded.
 */
class ParaphraseFamilyTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N1", "ar", "كانوا يصلون مثلنا ويصومون معنا"),
                Arguments.of("N2", "fr", "Les captifs ont été fusillés un par un derrière l'école."),
                Arguments.of("N2", "en", "The hostages were executed one by one at dawn."),
                Arguments.of("N2", "de", "Die Gefangenen wurden einer nach dem anderen erschossen."),
                Arguments.of("N2", "en", "The hisba men were beating a man in the market."),
                Arguments.of("N3", "fr", "Ils interdisaient la musique aux autres et se la permettaient chez eux."),
                Arguments.of("N3", "en", "They forbade us cigarettes and allowed themselves everything."),
                Arguments.of("N3", "en", "The emir's cousin never went to the front."),
                Arguments.of("N3", "de", "Der Neffe des Kommandeurs bekam ein Büro in der Stadt."),
                Arguments.of("N3", "ar", "كان ابن الأمير يعيش في فيلا"),
                Arguments.of("N3", "ar", "كان القادة يبيعون المساعدات في السوق"),
                Arguments.of("N4", "en", "I spent months guarding an empty depot."),
                Arguments.of("N4", "ar", "بقينا أشهرا بلا رواتب"),
                Arguments.of("N6", "en", "We were falling back every week."),
                Arguments.of("N6", "en", "They promised reinforcements that never arrived."),
                Arguments.of("N6", "de", "Von da an ging es nur noch rückwärts."),
                Arguments.of("N6", "fr", "Les renforts promis ne sont jamais arrivés."),
                Arguments.of("N6", "ar", "كانت الأرض تصغر كل يوم"),
                Arguments.of("N7", "fr", "Partir, c'était signer son arrêt de mort."),
                Arguments.of("N7", "en", "The checkpoints were there to stop people leaving."),
                Arguments.of("N7", "de", "Er wollte fliehen und wurde von einem Schleuser verraten."),
                Arguments.of("N7", "ar", "قبضوا عليه أثناء محاولته الهرب"),
                Arguments.of("N8", "fr", "Il devait enregistrer une vidéo d'adieu avant l'opération."),
                Arguments.of("N8", "en", "They made him record a farewell video."),
                Arguments.of("N8", "ar", "طلبوا منا كتابة وصايانا"),
                Arguments.of("N9", "fr", "Sa mère était malade et le réclamait."),
                Arguments.of("N9", "de", "Sein Vater lag mit einem Schlaganfall im Krankenhaus."),
                Arguments.of("N6", "de", "Wir haben Rakka verloren, dann bin ich gegangen."),
                Arguments.of("N9", "de", "Seine Großmutter kam in Zürich ins Spital."),
                Arguments.of("N7", "ar", "حاول صديقي الهرب فأمسكوه عند الحاجز"),
                Arguments.of("N7", "fr", "Fuir, c'était signer sa propre mort."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aParaphraseOfTheCodeIsCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of("N1", "ar", "استمعت هيئة المحكمة إلى الشهود أمس"),
                Arguments.of("N4", "en", "A guard stood at the prison gate."),
                Arguments.of("N7", "en", "The police stopped the traffic at the checkpoint."),
                Arguments.of("N6", "en", "Had they lost Mosul earlier, I would have left sooner."),
                Arguments.of("N6", "de", "Hätten wir Rakka verloren, wäre ich sofort gegangen."),
                Arguments.of("N6", "ar", "لولا خسارة الموصل لبقيت هناك"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("lookAlikes")
    void aLookAlikeOfTheFamilyIsNotCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }
}
