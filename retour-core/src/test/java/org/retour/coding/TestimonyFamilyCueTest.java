package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * More cue families of the codebook's version 18, each in several languages: no way out, questioning by the
 * group's security after asking to leave, a fugitive's wife arrested, a smuggler caught, "if they had caught me"
 * (N7); encircled, the enemy advancing, knowing it was the end, men lost every day, territory shrinking, a city
 * abandoned (N6); foreigners distrusted, mocked for an accent or called "the Frenchman", nationals favoured, the
 * muhajireen given cars and houses (N5); a mafia, money and power, alms kept for themselves, paranoia about spies
 * (N3); blowing oneself up (N8); men thrown from roofs, a boy shot for insulting an emir (N2); no pay, rising
 * prices, "it was hell", no doctors, unbearable heat (N4); a wife begging to go back (N9); Sahwa fought more than
 * the regime, every other group declared apostate, Sunnis like us killed (N1). Look-alikes keep their answer: a
 * verb that only begins like "besieged", a headline's "return from hell", posts kept for themselves (no money), a
 * deserter executed for trying to flee (no brutality), a denial of what one saw.
 */
class TestimonyFamilyCueTest {

    static Stream<Arguments> wordings() {
        return Stream.of(
                Arguments.of("N7", "fr", "Il n'y avait aucune issue."),
                Arguments.of("N7", "de", "Es gab keinen Ausweg."),
                Arguments.of("N7", "en", "After I asked to go home, the amniyat interrogated me for three days."),
                Arguments.of("N7", "fr", "Quand mon ami s'est enfui, ils ont arrêté sa femme."),
                Arguments.of("N7", "ar", "عندما هرب صديقي اعتقلوا زوجته"),
                Arguments.of("N7", "de", "Der Schleuser, den wir bezahlt hatten, wurde geschnappt."),
                Arguments.of("N7", "fr", "S'ils m'avaient attrapé sur la route, ils m'auraient tué."),
                Arguments.of("N7", "en", "If they had caught me on the road, they would have killed me."),
                Arguments.of("N6", "fr", "Nous étions encerclés."),
                Arguments.of("N6", "de", "Wir waren eingekesselt, die Kurden rückten jeden Tag vor."),
                Arguments.of("N6", "ar", "كنا محاصرين والأكراد يتقدمون كل يوم"),
                Arguments.of("N6", "en", "By then everyone knew it was over."),
                Arguments.of("N6", "fr", "On perdait des hommes tous les jours."),
                Arguments.of("N6", "en", "We had to pull out of Manbij in one night."),
                Arguments.of("N5", "fr", "Ils ne faisaient jamais confiance aux étrangers."),
                Arguments.of("N5", "en", "Because of my accent they called me the Englishman and laughed."),
                Arguments.of("N5", "de", "Den Ausländern hat man nie vertraut."),
                Arguments.of("N5", "ar", "المهاجرون حصلوا على السيارات والبيوت"),
                Arguments.of("N5", "en", "Gulf Arabs were favoured for every post."),
                Arguments.of("N3", "fr", "C'était une mafia, pas un État."),
                Arguments.of("N3", "ar", "كان الأمر كله مالا وسلطة"),
                Arguments.of("N3", "en", "The commanders took the zakat for themselves."),
                Arguments.of("N3", "fr", "Ils avaient la paranoïa des espions."),
                Arguments.of("N8", "fr", "Ils nous entraînaient à nous faire sauter."),
                Arguments.of("N2", "en", "They threw men off roofs."),
                Arguments.of("N2", "de", "Sie warfen Männer von Dächern."),
                Arguments.of("N2", "fr", "J'ai vu un garçon abattu pour avoir insulté un émir."),
                Arguments.of("N4", "fr", "On n'a pas été payés pendant des mois et les prix ne cessaient de monter."),
                Arguments.of("N4", "en", "It was hell, not paradise."),
                Arguments.of("N4", "ar", "كنت مريضا ولم يكن هناك أطباء"),
                Arguments.of("N9", "en", "My wife begged me to take us back to Europe."),
                Arguments.of("N9", "fr", "Ma femme me suppliait de nous ramener en Europe."),
                Arguments.of("N1", "de", "Wir haben mehr gegen die Sahwa gekämpft als gegen das Regime."),
                Arguments.of("N1", "en", "They declared every other group apostate."),
                Arguments.of("N1", "ar", "كنا نقتل سنة آخرين والنظام يتفرج"));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("wordings")
    void aTestimonyFamilyCarriesItsCode(String code, String lang, String text) {
        assertThat(codes(text, lang)).contains(code);
    }

    @Test
    void aVerbThatOnlyBeginsLikeBesiegedIsNoSiege() {
        assertThat(codes("Ils voulaient assiéger la ville des autres.", "fr")).doesNotContain("N6");
    }

    @Test
    void aHeadlineReturnFromHellIsNoHardship() {
        assertThat(codes("العودة من الجحيم", "ar")).doesNotContain("N4");
        assertThat(codes("كانت جحيما وليست جنة", "ar")).contains("N4");
    }

    @Test
    void postsKeptForThemselvesAreNoEmbezzlement() {
        assertThat(codes("Les chefs irakiens gardaient pour eux les postes à l'arrière.", "fr")).doesNotContain("N3");
    }

    @Test
    void aDeserterExecutedForTryingToFleeIsNoBrutality() {
        assertThat(codes("Un Tunisien a été exécuté pour avoir tenté de fuir.", "fr")).doesNotContain("N2");
    }

    @Test
    void whatOneNeverSawIsNotCoded() {
        assertThat(codes("Ich habe nie gesehen, dass jemand gesteinigt wurde.", "de")).doesNotContain("N2");
        assertThat(codes("Ich habe gesehen, wie eine Frau gesteinigt wurde.", "de")).contains("N2");
    }
}
