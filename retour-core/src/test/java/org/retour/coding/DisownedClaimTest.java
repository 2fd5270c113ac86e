package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Coding;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * A reason put in others' mouths to be answered (« On dira que… », "People think…", „Man wird sagen…“, "سيقولون"),
 * denied in the next breath (« Ce n'est pas vrai », "That's not true", „Das stimmt nicht“), or that someone asks not
 * to be printed ("do not write that he…") is no reason the speaker gives; a word of the mind (« Ce qui m'a frappé,
 * c'est… ») is no blow; and an official's retelling framed by doubt (« La procureure n'a pas cru à ce récit »,
 * "The prosecutor did not believe him") or giving his own plain cause (« Il est revenu parce que le califat
 * reculait ») is the official's view.
 */
class DisownedClaimTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> disowned() {
        return Stream.of(
                Arguments.of("fr", "N6", "On dira que je suis rentré parce que l'État islamique perdait du terrain.",
                        "Je suis rentré parce que l'État islamique perdait du terrain."),
                Arguments.of("fr", "N6", "Je suis rentré parce que l'État islamique perdait du terrain. Ce n'est pas vrai.",
                        "Je suis rentré parce que l'État islamique perdait du terrain. C'est vrai."),
                Arguments.of("en", "N6", "People think we left because the group was losing ground.",
                        "We left because the group was losing ground."),
                Arguments.of("en", "N6", "They'll say I came home because the group was losing ground. That's not true.",
                        "I came home because the group was losing ground. That's true."),
                Arguments.of("en", "N4", "Please do not write that my brother came back disappointed.",
                        "Please write that my brother came back disappointed."),
                Arguments.of("de", "N6", "Man wird sagen, wir seien gegangen, weil der IS den Krieg verloren hatte.",
                        "Wir sind gegangen, weil der IS den Krieg verloren hatte."),
                Arguments.of("ar", "N6", "سوف يقولون إنني عدت لأن التنظيم كان يخسر الأرض.",
                        "عدت لأن التنظيم كان يخسر الأرض."),
                Arguments.of("fr", "N2", "Ce qui m'a frappé, c'est la place du marché, toujours vide.",
                        "Ils l'ont frappé sur la place du marché, devant tout le monde."));
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("disowned")
    void aDisownedReasonOrAFigureOfSpeechIsNotCoded(String lang, String code, String disowned, String meant) {
        assertThat(RuleCodes.codes(disowned, lang)).doesNotContain(code);
        assertThat(RuleCodes.codes(meant, lang)).contains(code);
    }

    static Stream<Arguments> officials() {
        return Stream.of(
                Arguments.of("fr", "Rentré de Syrie en 2017, Karim Benali a été jugé jeudi. ", "La procureure n'a pas cru à ce récit. ",
                        "Il dit qu'il avait faim et que l'État islamique perdait du terrain", "a-t-elle lancé"),
                Arguments.of("fr", "Rentré de Syrie en 2017, Karim Benali a été jugé jeudi. ", "",
                        "Il n'est pas revenu par dégoût. Il est revenu parce que l'État islamique perdait du terrain",
                        "a lancé la procureure"),
                Arguments.of("en", "Omar Haddou returned from Syria in 2017 and was tried on Thursday. ",
                        "The prosecutor did not believe him. ",
                        "He says he left because the group was losing ground", "she said"),
                Arguments.of("de", "Der 29-Jährige war 2017 aus Syrien zurückgekehrt. ", "Die Staatsanwältin glaubte ihm nicht. ",
                        "Er sagt, er sei gegangen, weil der IS den Krieg verloren hatte", "sagte sie"));
    }

    private static List<Coding> quoteCodes(String lang, String text, String words, String cue) {
        Analysis a = new Fixtures.Quotes(text).add(words, Fixtures.speaker("Claire Moreau", Voice.OFFICIAL), cue)
                .on(Fixtures.analyse(text, lang));
        return RULES.code(a).stream().filter(c -> "Q1".equals(c.quote())).toList();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("officials")
    void anOfficialsDoubtedOrOwnReadingOfWhyHeCameHomeIsNotHisTestimony(String lang, String context, String doubt,
                                                                          String words, String cue) {
        assertThat(quoteCodes(lang, context + doubt + "«" + words + "», " + cue + ".", words, cue)).isEmpty();
    }
}
