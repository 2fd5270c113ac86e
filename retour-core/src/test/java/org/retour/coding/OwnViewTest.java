package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.retour.model.Coding;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * A researcher's, official's or other person's quote that gives their own view ("à mon avis", "I think",
 * "ich glaube", "أعتقد") is their analysis, not the testimony of the defectors they speak of; the same
 * speaker reporting what defectors say is still coded. Sceptics' frames ("pas par conviction") deny a cue.
 */
class OwnViewTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    static Stream<Arguments> languages() {
        return Stream.of(
                Arguments.of("fr", "Des dizaines de déserteurs ont quitté l'organisation cette année. ",
                        "À mon avis, c'est la défaite militaire qui les fait partir", "dit",
                        "Les déserteurs racontent tous que l'organisation perdait du terrain", "ajoute"),
                Arguments.of("en", "Dozens of defectors have left the group this year. ",
                        "In my view, the military defeat did most of the work", "said",
                        "The defectors all told us the group was losing ground", "added"),
                Arguments.of("de", "Dutzende Aussteiger haben die Gruppe in diesem Jahr verlassen. ",
                        "Ich glaube, dass die militärische Niederlage den Ausschlag gab", "sagt",
                        "Die Aussteiger erzählen alle von den schweren Verlusten", "fügt"),
                Arguments.of("ar", "غادر عشرات المنشقين التنظيم هذا العام. ",
                        "أعتقد أن الهزائم العسكرية دفعتهم إلى الرحيل", "قال",
                        "يروي المنشقون أن التنظيم كان يخسر الأرض", "أضاف"));
    }

    private static List<Coding> code(String lang, String context, String view, String viewCue, String reported, String reportedCue,
                                     Speaker speaker) {
        String text = context + "«" + view + "», " + viewCue + " Claire Haddad. «" + reported + "», " + reportedCue + " Claire Haddad.";
        Analysis a = new Fixtures.Quotes(text).add(view, speaker, viewCue).add(reported, speaker, reportedCue)
                .on(Fixtures.analyse(text, lang));
        return RULES.code(a);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("languages")
    void aResearchersOwnViewIsNotTestimonyButWhatDefectorsSayIs(String lang, String context, String view, String viewCue,
                                                                 String reported, String reportedCue) {
        List<Coding> codings = code(lang, context, view, viewCue, reported, reportedCue,
                Fixtures.speaker("Claire Haddad", Voice.RESEARCHER));
        assertThat(codings).filteredOn(c -> c.quote() != null && c.quote().equals("Q1")).isEmpty();
        assertThat(codings).filteredOn(c -> "Q2".equals(c.quote())).extracting(Coding::code).contains("N6");
    }

    @Test
    void aMentorsFirstPersonViewIsTheirOwnWhileAnUnknownVoicesFirstPersonIsTestimony() {
        String context = "Dozens of defectors have left the group this year. ";
        List<Coding> mentor = code("en", context, "I think the defeat did most of the work", "said",
                "The defectors all told us the group was losing ground", "added", Fixtures.speaker("Claire Haddad", Voice.OTHER));
        assertThat(mentor).filteredOn(c -> "Q1".equals(c.quote())).isEmpty();
        List<Coding> unknown = code("en", context, "We knew the defeat was coming, we were losing ground", "said",
                "The defectors all told us the group was losing ground", "added", null);
        assertThat(unknown).filteredOn(c -> "Q1".equals(c.quote())).extracting(Coding::code).contains("N6");
    }

    @Test
    void aScepticsFrameDeniesTheCueBeforeIt() {
        assertThat(RULES.judge("Il est rentré parce que le groupe perdait du terrain, pas par conviction.", "fr"))
                .extracting(Judgement::code).doesNotContain("N6");
        assertThat(RULES.judge("They came back because the caliphate collapsed, not out of conviction.", "en"))
                .extracting(Judgement::code).doesNotContain("N6");
        assertThat(RULES.judge("Sie kamen zurück, weil das Kalifat zusammenbrach, nicht aus Einsicht.", "de"))
                .extracting(Judgement::code).doesNotContain("N6");
        assertThat(RULES.judge("عادوا بسبب الهزيمة وليس عن قناعة", "ar")).extracting(Judgement::code).doesNotContain("N6");
        assertThat(RULES.judge("Il est rentré parce que le groupe perdait du terrain.", "fr")).extracting(Judgement::code)
                .contains("N6");
    }

    static Stream<Arguments> accountsOfWhyOthersLeft() {
        return Stream.of(
                Arguments.of("fr", "Des dizaines de revenus ont été jugés cette année. ",
                        "Ils n'ont quitté l'organisation que lorsque la défaite est devenue certaine"),
                Arguments.of("en", "Dozens of returnees have been tried this year. ",
                        "Most of them only left when the caliphate was collapsing"),
                Arguments.of("de", "Dutzende Rückkehrer standen in diesem Jahr vor Gericht. ",
                        "Die meisten haben den IS erst verlassen, als seine Niederlage feststand"),
                Arguments.of("ar", "حوكم عشرات العائدين هذا العام. ", "أغلب العائدين لم يرجعوا ندما، بل لأن التنظيم انهار"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accountsOfWhyOthersLeft")
    void anOfficialsAccountOfWhyOthersLeftIsTheirOwnView(String lang, String context, String account) {
        String reported = switch (lang) {
            case "fr" -> "Les revenus racontent tous que l'organisation perdait du terrain";
            case "en" -> "The returnees all told us the group was losing ground";
            case "de" -> "Die Rückkehrer erzählen alle von den schweren Verlusten";
            default -> "يروي العائدون أن التنظيم كان يخسر الأرض";
        };
        String cue = switch (lang) {
            case "fr" -> "dit";
            case "en" -> "said";
            case "de" -> "sagt";
            default -> "قال";
        };
        List<Coding> codings = code(lang, context, account, cue, reported, cue, Fixtures.speaker("Claire Haddad", Voice.OFFICIAL));
        assertThat(codings).filteredOn(c -> "Q1".equals(c.quote())).isEmpty();
        assertThat(codings).filteredOn(c -> "Q2".equals(c.quote())).extracting(Coding::code).contains("N6");
    }
}
