package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.retour.eval.EvalFixtures.at;
import static org.retour.eval.EvalFixtures.quote;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Voice;
import org.retour.pipeline.Layers;

class BootstrapIntervalsTest {

    private static final String BODY = "« Là-bas, on mangeait de l'herbe », dit Samir. « Je suis rentré », ajoute-t-il. 🙂";

    /** An article whose two quotes are found, the first said by Samir or by someone else; coded N9 or N4. */
    private static EvalCase article(String id, String lang, boolean speakerRight, boolean codeRight) {
        GoldDocument g = EvalFixtures.gold(id, lang, BODY, List.of(
                new GoldQuote("Là-bas, on mangeait de l'herbe", at(BODY, "Là-bas, on mangeait de l'herbe"), "Samir Haddad",
                        "returnee", "dit Samir", false),
                new GoldQuote("Je suis rentré", at(BODY, "Je suis rentré"), "Samir Haddad", "returnee", "ajoute-t-il", false)),
                List.of(new GoldNarrative("N9", "Là-bas, on mangeait de l'herbe", at(BODY, "Là-bas, on mangeait de l'herbe"),
                        "direct_quote", "high")), null, null, null);
        var analysis = EvalFixtures.analysis(g)
                .with(Layers.QUOTES, List.of(
                        quote("Q1", BODY, at(BODY, "Là-bas, on mangeait de l'herbe"), speakerRight ? "Samir Haddad" : "Karim Bensaïd",
                                Voice.RETURNEE),
                        quote("Q2", BODY, at(BODY, "Je suis rentré"), "Haddad", Voice.RETURNEE)))
                .with(Layers.CODINGS, List.of(new Coding(codeRight ? "N9" : "N4", at(BODY, "on mangeait"), null, "returnee",
                        null, 0.9, "rules@1", null)));
        return new EvalCase(g, analysis);
    }

    private static List<EvalCase> mixed(int copies) {
        List<EvalCase> cases = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            cases.add(article("f" + i, "fr", i % 2 == 0, i % 3 != 0));
            cases.add(article("e" + i, "en", true, i % 4 != 0));
        }
        return cases;
    }

    private static BootstrapIntervals.Row row(BootstrapIntervals.Result r, String lang) {
        return r.rows().stream().filter(x -> x.language().equals(lang)).findFirst().orElseThrow();
    }

    @Test
    void pointValuesAreTheReportFiguresAndLieInsideTheirIntervals() {
        List<EvalCase> cases = mixed(12);
        BootstrapIntervals.Result r = BootstrapIntervals.of(cases);
        QuoteScores quotes = new QuoteEvaluator().evaluate(cases).languages().get("fr");
        NarrativeScores codes = new NarrativeEvaluator().evaluate(cases).overall();

        BootstrapIntervals.Row fr = row(r, "fr");
        assertThat(fr.documents()).isEqualTo(12);
        assertThat(fr.speakerAccuracy().value()).isCloseTo(quotes.speaker().value(), within(1e-12));
        // Samir is right on the second quote of every article and on the first of every other one: 18 of 24
        assertThat(fr.speakerAccuracy().value()).isCloseTo(0.75, within(1e-12));
        assertThat(row(r, "all").narrativeMacroF1().value()).isCloseTo(codes.documentMacroF1(), within(1e-12));
        for (BootstrapIntervals.Row x : r.rows()) {
            for (BootstrapIntervals.Interval i : List.of(x.quoteF1(), x.speakerAccuracy(), x.narrativeMacroF1())) {
                assertThat(i.low()).isLessThanOrEqualTo(i.value());
                assertThat(i.high()).isGreaterThanOrEqualTo(i.value());
            }
        }
        assertThat(r.rows()).extracting(BootstrapIntervals.Row::language).containsExactly("en", "fr", "all");
    }

    @Test
    void articlesThatAllScoreAlikeGiveAnIntervalOfNoWidth() {
        List<EvalCase> cases = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            cases.add(article("a" + i, "fr", false, true));
        }
        BootstrapIntervals.Interval s = row(BootstrapIntervals.of(cases), "fr").speakerAccuracy();
        assertThat(s.value()).isCloseTo(0.5, within(1e-12));
        assertThat(s.low()).isEqualTo(s.high()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void moreArticlesOfTheSameMixNarrowTheInterval() {
        BootstrapIntervals.Interval few = row(BootstrapIntervals.of(mixed(6)), "fr").speakerAccuracy();
        BootstrapIntervals.Interval many = row(BootstrapIntervals.of(mixed(150)), "fr").speakerAccuracy();
        assertThat(many.value()).isCloseTo(few.value(), within(0.05));
        assertThat(many.high() - many.low()).isLessThan((few.high() - few.low()) / 2);
        assertThat(few.high() - few.low()).isGreaterThan(0);
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndAnotherSeedOthers() {
        List<EvalCase> cases = mixed(9);
        assertThat(BootstrapIntervals.of(cases, 500, 7)).isEqualTo(BootstrapIntervals.of(cases, 500, 7));
        assertThat(BootstrapIntervals.of(cases, 500, 7).rows()).isNotEqualTo(BootstrapIntervals.of(cases, 500, 8).rows());
    }

    @Test
    void aFigureNoArticleAnnotatesHasNoInterval() {
        GoldDocument g = EvalFixtures.gold("q", "de", BODY, null, null, null, null, null);
        BootstrapIntervals.Row de = row(BootstrapIntervals.of(List.of(new EvalCase(g, EvalFixtures.analysis(g)))), "de");
        assertThat(de.quoteF1()).isNull();
        assertThat(de.speakerAccuracy()).isNull();
        assertThat(de.narrativeMacroF1()).isNull();
        assertThat(de.documents()).isEqualTo(1);
    }

    @Test
    void tooFewResamplesAreRefused() {
        assertThatThrownBy(() -> BootstrapIntervals.of(mixed(2), 50, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("100");
    }
}
