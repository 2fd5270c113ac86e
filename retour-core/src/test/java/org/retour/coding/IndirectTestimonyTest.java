package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Coding;

/**
 * Testimony in indirect speech, as court reports and studies give it, is the former member's: "X told the court
 * that…", "He said that…", "schilderte, wie …", „Nach ihrer Aussage habe sie …“, « Selon lui, … », "وروى المتهم
 * أنه"; the same words with a prosecutor or judge as their subject, before the verb or right after it
 * („Demnach habe die Bundesanwältin …“), and a prosecutor's own reading of why the accused left, are not.
 */
class IndirectTestimonyTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> families() {
        return Stream.of(
                Arguments.of("en", "N5", "Tariq Mahmood returned from Syria in 2018. ",
                        "Mahmood told the court that commanders treated British recruits as cannon fodder.",
                        "Prosecutor Alison Reeve told the court that commanders treated British recruits as cannon fodder."),
                Arguments.of("en", "N6", "Tariq Mahmood returned from Syria in 2018. ",
                        "He said that by the end the group was losing a town every week.",
                        "The minister said that by the end the group was losing a town every week."),
                Arguments.of("de", "N2", "Die Rückkehrerin ist 2019 aus Syrien zurückgekehrt. ",
                        "Die Angeklagte schilderte, wie Frauen auf dem Markt ausgepeitscht wurden.",
                        "Der Staatsanwalt schilderte, wie Frauen auf dem Markt ausgepeitscht wurden."),
                Arguments.of("de", "N2", "Die Rückkehrerin ist 2019 aus Syrien zurückgekehrt. ",
                        "Nach ihrer Aussage seien Frauen auf dem Markt ausgepeitscht worden.",
                        "Demnach habe die Bundesanwältin gesagt, Frauen seien auf dem Markt ausgepeitscht worden."),
                Arguments.of("fr", "N6", "Karim est rentré de Syrie en 2019. ",
                        "Selon lui, à la fin, le territoire se réduisait chaque semaine.",
                        "Selon le ministre, à la fin, le territoire se réduisait chaque semaine."),
                Arguments.of("fr", "N6", "Karim est rentré de Syrie en 2019. ",
                        "L'accusé raconte qu'il a quitté l'organisation quand le territoire se réduisait chaque semaine.",
                        "L'avocat général estime que l'accusé n'a quitté l'organisation que parce que le territoire se réduisait chaque semaine."),
                Arguments.of("en", "N3", "Tanvir returned from Syria in 2019. ",
                        "He also told them that local commanders kept the ration money meant for widows for themselves.",
                        "The officer also told them that local commanders kept the ration money meant for widows for themselves."),
                Arguments.of("en", "N6", "Tanvir returned from Syria in 2019. ",
                        "Tanvir reportedly said that by the end the group was losing a town every week.",
                        "The minister reportedly said that by the end the group was losing a town every week."),
                Arguments.of("de", "N7", "Emre K. ist 2018 aus Syrien zurückgekehrt. ",
                        "Demnach habe Emre K. erlebt, wie zwei Kameraden, die sich nachts Richtung Grenze abgesetzt hätten, "
                                + "zurückgebracht und als Verräter erschossen worden seien.",
                        "Demnach habe die Bundesanwältin geschildert, wie zwei Kameraden, die sich nachts Richtung Grenze "
                                + "abgesetzt hätten, zurückgebracht und als Verräter erschossen worden seien."));
    }

    /** Forms whose subject is nobody's role: testimony only in an article that speaks of former members. */
    static Stream<Arguments> plainSubjects() {
        return Stream.of(
                Arguments.of("en", "N6", "Dozens of women returned from Syria last year. ",
                        "Those who stayed until 2017 described moving from town to town as the territory shrank."),
                Arguments.of("en", "N7", "Tariq Mahmood returned from Syria in 2018. ",
                        "A man from Luton told the Old Bailey on Tuesday that fighters caught fleeing were shot at a checkpoint."),
                Arguments.of("en", "N4", "Her brother returned from Syria in 2019. ",
                        "According to her, he spent his first year guarding a bakery and was paid in flour, when he was paid at all."),
                Arguments.of("de", "N3", "Yunus ist 2016 aus Syrien zurückgekehrt. ",
                        "Der habe von den Kämpfern Verzicht verlangt, selbst aber in einer Villa mit Klimaanlage gewohnt."));
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("plainSubjects")
    void reportedSpeechWithAPlainSubjectIsTestimonyOnlyBesideFormerMembers(String lang, String code, String context,
                                                                          String sentence) {
        assertThat(codesOf(lang, context + sentence, sentence)).contains(code);
        assertThat(codesOf(lang, sentence, sentence)).doesNotContain(code);
    }

    private static List<String> codesOf(String lang, String text, String sentence) {
        int from = text.indexOf(sentence);
        return RULES.code(new Fixtures.Quotes(text).on(Fixtures.analyse(text, lang))).stream()
                .filter(c -> c.quote() == null && c.span().start() >= from).map(Coding::code).toList();
    }

    @ParameterizedTest(name = "{0} {1}: {3}")
    @MethodSource("families")
    void indirectSpeechOfAFormerMemberIsHisTestimony(String lang, String code, String context, String testimony,
                                                     String lookAlike) {
        assertThat(codesOf(lang, context + testimony, testimony)).contains(code);
    }

    @ParameterizedTest(name = "{0} {1}: {4}")
    @MethodSource("families")
    void theSameWordsWithAProsecutorOrOfficialAsSubjectAreNot(String lang, String code, String context, String testimony,
                                                             String lookAlike) {
        assertThat(codesOf(lang, context + lookAlike, lookAlike)).doesNotContain(code);
    }
}
