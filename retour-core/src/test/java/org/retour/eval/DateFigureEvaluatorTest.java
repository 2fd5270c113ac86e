package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.eval.EvalFixtures.at;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.DateMention;
import org.retour.model.DatePrecision;
import org.retour.model.Figure;
import org.retour.model.Span;
import org.retour.pipeline.Layers;

class DateFigureEvaluatorTest {

    private static final String BODY = "Le 10 juin 2016, Patrick Calvar a dit qu'à la mi-mai 244 personnes étaient rentrées "
            + "et que 500 combattants restaient, selon un rapport publié lundi.";

    @Test
    void datesAreFoundByOverlapAndRightByValue() {
        GoldDocument g = EvalFixtures.gold("d1", "fr", BODY, null, null, null, List.of(
                new GoldDate("10 juin 2016", at(BODY, "10 juin 2016"), "2016-06-10", DatePrecision.DAY),
                new GoldDate("mi-mai", at(BODY, "mi-mai"), "2016-05", DatePrecision.MONTH)), null);
        var a = EvalFixtures.analysis(g).with(Layers.DATES, List.of(
                new DateMention(at(BODY, "10 juin"), "10 juin", "2016-06-10", DatePrecision.DAY),
                new DateMention(at(BODY, "mai"), "mai", "2015-05", DatePrecision.MONTH),
                new DateMention(at(BODY, "lundi"), "lundi", "2016-06-06", DatePrecision.DAY)));

        LanguageReport<SpanScores> r = new DateEvaluator().evaluate(List.of(new EvalCase(g, a)));
        SpanScores s = r.overall();

        assertThat(r.errors()).extracting(EvalError::kind, EvalError::text).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(EvalError.Kind.WRONG_DATE, "mi-mai"),
                org.assertj.core.groups.Tuple.tuple(EvalError.Kind.FALSE_DATE, "lundi"));
        assertThat(s.found()).isEqualTo(new Prf(2, 1, 0));
        assertThat(s.value()).isEqualTo(new Ratio(1, 2));
        assertThat(s.gold()).isEqualTo(2);
        assertThat(s.predicted()).isEqualTo(3);
    }

    @Test
    void figuresNeedValueAndSourceForFullCredit() {
        GoldDocument g = EvalFixtures.gold("d1", "fr", BODY, null, null, null, null, List.of(
                new GoldFigure("244 personnes étaient rentrées", at(BODY, "244 personnes étaient rentrées"), 244, "Patrick Calvar"),
                new GoldFigure("500 combattants", at(BODY, "500 combattants"), 500, null),
                new GoldFigure("rapport", at(BODY, "rapport"), 1, null)));
        Span f1 = at(BODY, "244 personnes");
        Span f2 = at(BODY, "500");
        var a = EvalFixtures.analysis(g).with(Layers.FIGURES, List.of(
                new Figure(f1, "244 personnes", 244, null, null, false, "returned", "FR", "2016-05", "Calvar"),
                new Figure(f2, "500", 500, null, null, false, null, null, null, "AFP")));

        SpanScores s = new FigureEvaluator().evaluate(List.of(new EvalCase(g, a))).overall();

        assertThat(s.found()).isEqualTo(new Prf(2, 0, 1));
        assertThat(s.value()).isEqualTo(new Ratio(2, 3));
        assertThat(s.full()).isEqualTo(new Ratio(1, 3));
    }

    @Test
    void sourcesCompareByGoldLastWord() {
        assertThat(FigureEvaluator.sourceCorrect("ministère de l'Intérieur", "le ministère de l'intérieur")).isTrue();
        assertThat(FigureEvaluator.sourceCorrect(null, null)).isTrue();
        assertThat(FigureEvaluator.sourceCorrect("DGSI", null)).isFalse();
    }

    @Test
    void anAcronymAndItsLongFormNameOneOrganisationSource() {
        org.retour.model.Entity isd = new org.retour.model.Entity("O1", org.retour.model.EntityType.ORGANIZATION,
                "Institute for Strategic Dialogue", List.of("ISD"), null, "GB", List.of(new org.retour.model.Mention(
                new org.retour.model.Span(0, 3), "ISD", org.retour.model.Mention.Kind.NAME)));
        assertThat(FigureEvaluator.sameOrganisation("Institute for Strategic Dialogue", "ISD", List.of(isd))).isTrue();
        assertThat(FigureEvaluator.sameOrganisation("ISD", "Institute for Strategic Dialogue", List.of(isd))).isTrue();
        assertThat(FigureEvaluator.sameOrganisation("Home Office", "ISD", List.of(isd))).isFalse();
        assertThat(FigureEvaluator.sameOrganisation("ISD", null, List.of(isd))).isFalse();
    }
}
