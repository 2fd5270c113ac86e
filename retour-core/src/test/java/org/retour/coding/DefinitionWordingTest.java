package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Grievances worded from the codebook's definitions rather than its examples, in four languages: leaders'
 * privileges and preaching they do not keep, suspicion of spying, boredom and confinement, cut water and
 * power, mockery of recruits' Arabic, ground lost street after street, the fate of those who turn their
 * back, the list for missions from which no one returns, news and illness of kin; and look-alikes that the
 * definitions do not cover (a count of people who came home, a besieging army, the religious police alone).
 */
class DefinitionWordingTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N1", "de", "Wir mussten kämpfen, aber nie gegen Assads Soldaten, nur gegen Leute, die beteten wie wir."),
                Arguments.of("N1", "ar", "كنا نقاتل الصحوات أكثر من الجيش"),
                Arguments.of("N2", "fr", "Ils laissaient les corps exposés trois jours sur le rond-point."),
                Arguments.of("N2", "en", "The bodies were hung from the bridge for a week."),
                Arguments.of("N3", "fr", "L'émir gardait le groupe électrogène rien que pour lui."),
                Arguments.of("N3", "en", "The commander kept the only car all to himself."),
                Arguments.of("N3", "de", "Sie haben uns Bescheidenheit gepredigt und selbst in Villen gewohnt."),
                Arguments.of("N3", "ar", "كان القائد يبيع الوقود لحسابه"),
                Arguments.of("N3", "en", "I was suspected of spying because I had a foreign phone."),
                Arguments.of("N4", "fr", "Des mois entiers, nous sommes restés assis à attendre des ordres."),
                Arguments.of("N4", "en", "For months we sat in a garage waiting for orders."),
                Arguments.of("N4", "de", "Wir haben wochenlang in einem Keller gesessen."),
                Arguments.of("N4", "ar", "كانت الكهرباء تنقطع أياما"),
                Arguments.of("N5", "en", "They mocked us for our Arabic and our accent."),
                Arguments.of("N5", "de", "Die Iraker kommandierten, wir trugen die Säcke."),
                Arguments.of("N6", "fr", "Nous perdions la ville rue après rue."),
                Arguments.of("N6", "de", "Wir haben Dorf um Dorf verloren."),
                Arguments.of("N6", "ar", "خسرنا المدينة حيا بعد حي"),
                Arguments.of("N7", "fr", "Voilà le sort de ceux qui tournent le dos au califat."),
                Arguments.of("N8", "fr", "Ils m'ont mis sur la liste pour une opération."),
                Arguments.of("N8", "en", "They sent him on a mission from which nobody returns."),
                Arguments.of("N8", "de", "Er sollte sich für einen Einsatz melden, von dem niemand zurückkommt."),
                Arguments.of("N9", "fr", "Une lettre de sa mère l'a décidé."),
                Arguments.of("N9", "en", "A photo from his daughter changed everything."),
                Arguments.of("N9", "de", "Dann kam ein Anruf seiner Schwester."),
                Arguments.of("N9", "ar", "قالت لي إن أبوك مريض وينتظرك"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aGrievanceWordedFromTheDefinitionIsCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    static Stream<Arguments> lookAlikes() {
        return Stream.of(
                Arguments.of("N9", "en", "The ministry said 40 people had come home since 2015."),
                Arguments.of("N4", "en", "He was mocked for his poor Arabic."),
                Arguments.of("N6", "fr", "On nous envoyait assiéger des villages."),
                Arguments.of("N7", "en", "The religious police patrolled the market every evening."),
                Arguments.of("N7", "fr", "Un homme de la hisba contrôlait les barbes."),
                Arguments.of("N4", "en", "That has nothing to do with what he saw there."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("lookAlikes")
    void aLookAlikeOutsideTheDefinitionIsNotCoded(String code, String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain(code);
    }
}
