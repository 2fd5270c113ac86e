package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Coding;
import org.retour.model.Span;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * A judge's, prosecutor's or official's quote that retells in reported speech what a former fighter said ("He
 * said that he had watched them…", « Il a raconté qu'il avait vu… », „Er hat erzählt, er habe … gesehen“, "وقال
 * إنه شاهد") is his testimony, told by the speaker, in an article about returnees; in an article about no one who
 * went, or as a question, it is the speaker's own words.
 */
class RetoldAccountTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("en", "Omar Haddou, 29, returned from Syria in 2017 and was sentenced on Thursday. ",
                        "Omar Haddou, 29, was sentenced on Thursday for a fraud in Leeds. ",
                        "He said that he had watched them behead a shepherd in the market square", "the judge said"),
                Arguments.of("fr", "Rentré de Syrie en 2017, Karim Benali a été condamné jeudi à Créteil. ",
                        "Karim Benali a été condamné jeudi à Créteil pour une escroquerie. ",
                        "Il a raconté qu'on avait décapité un berger sur la place du marché, devant des enfants",
                        "a relevé la présidente"),
                Arguments.of("de", "Der 29-Jährige war 2017 aus Syrien zurückgekehrt und wurde am Donnerstag verurteilt. ",
                        "Der 29-Jährige wurde am Donnerstag wegen Betrugs in Köln verurteilt. ",
                        "Er hat erzählt, auf dem Marktplatz sei ein Hirte vor Kindern enthauptet worden",
                        "sagte die Richterin"),
                Arguments.of("ar", "عاد الشاب من سوريا عام 2017 وحكم عليه يوم الخميس. ",
                        "حكم على الشاب يوم الخميس بتهمة الاحتيال. ",
                        "وقال إنهم قطعوا رأس راع في ساحة السوق أمام الأطفال", "قال القاضي"));
    }

    private static List<Coding> quoteCodes(String lang, String context, String words, String cue) {
        String text = context + "«" + words + "», " + cue + ".";
        Analysis a = new Fixtures.Quotes(text).add(words, Fixtures.speaker("Claire Moreau", Voice.OFFICIAL), cue)
                .on(Fixtures.analyse(text, lang));
        return RULES.code(a).stream().filter(c -> "Q1".equals(c.quote())).toList();
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("languages")
    void anOfficialRetellingAReturneesAccountGivesItToHim(String lang, String returnee, String other, String words, String cue) {
        List<Coding> codes = quoteCodes(lang, returnee, words, cue);
        assertThat(codes).extracting(Coding::code).contains("N2");
        assertThat(codes).allSatisfy(c -> {
            assertThat(c.holder()).isIn("returnee", "defector");
            assertThat(c.reportedBy()).isEqualTo("Claire Moreau");
        });
    }

    @ParameterizedTest(name = "{0}: {3}")
    @MethodSource("languages")
    void theSameWordsInAnArticleAboutNoOneWhoWentAreTheOfficialsOwn(String lang, String returnee, String other, String words,
                                                                   String cue) {
        assertThat(quoteCodes(lang, other, words, cue)).isEmpty();
    }

    @Test
    void aQuestionRetellsNoAccount() {
        String words = "Que fait-on d'un garçon qui a vu des décapitations sur la place du marché ?";
        assertThat(quoteCodes("fr", "Rentré de Syrie en 2017, Karim Benali a été condamné jeudi à Créteil. ", words,
                "a demandé la sénatrice")).isEmpty();
    }

    @Test
    void aQuestionMarkBeforeClosingMarksAndSpacesEndsAQuestion() {
        String text = "« Pourquoi êtes-vous rentré ? » » et « Il est rentré. »";
        assertThat(RetoldAccount.asks(text, new Span(0, text.indexOf(" et")))).isTrue();
        assertThat(RetoldAccount.asks(text, new Span(text.indexOf("« Il"), text.length()))).isFalse();
        assertThat(RetoldAccount.asks("وماذا رأيت؟", new Span(0, 11))).isTrue();
    }
}
