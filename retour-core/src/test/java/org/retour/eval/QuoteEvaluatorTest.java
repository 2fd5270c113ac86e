package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.retour.eval.EvalFixtures.at;
import static org.retour.eval.EvalFixtures.quote;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Cue;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Layers;

class QuoteEvaluatorTest {

    // A: 10 UTF-16 units with an emoji (2 units); B: "Très bien"; C: "Rien à dire".
    private static final String BODY = "Il a dit « Ça 😀 va ! » puis « Très bien », et « Rien à dire ». Autre texte libre.";

    private GoldDocument gold() {
        return EvalFixtures.gold("d1", "fr", BODY, List.of(
                new GoldQuote("Ça 😀 va !", at(BODY, "Ça 😀 va !"), "Didier Le Bret", "official", null, false),
                new GoldQuote("Très bien", at(BODY, "Très bien"), null, "defector", "un ancien", false),
                new GoldQuote("Rien à dire", at(BODY, "Rien à dire"), "Abu Ali", "defector", null, false),
                new GoldQuote("Titre", null, null, "defector", null, true)), null, null, null, null);
    }

    @Test
    void scoresOverlapThresholdsSpeakersAndVoicesAsComputedByHand() {
        GoldDocument g = gold();
        Span a = at(BODY, "Ça 😀 va !");
        // "Ça 😀 va !" trims to "Ça 😀 va" (8 units); the prediction "Ça 😀" covers 5 of them: 5/8 = 0.625
        Span p1 = new Span(a.start(), a.start() + 5);
        // "Très bien », " trims to "Très bien": ratio 1
        Span b = at(BODY, "Très bien");
        Span p2 = new Span(b.start(), b.end() + 4);
        Span p3 = at(BODY, "Autre texte");
        var analysis = EvalFixtures.analysis(g).with(Layers.QUOTES, List.of(
                quote("Q1", BODY, p1, "Didier Le Bret", Voice.OFFICIAL),
                quote("Q2", BODY, p2, null, null),
                quote("Q3", BODY, p3, "Someone", Voice.OTHER)));

        LanguageReport<QuoteScores> r = new QuoteEvaluator().evaluate(List.of(new EvalCase(g, analysis)));

        QuoteScores s = r.overall();
        assertThat(s.gold()).isEqualTo(3);
        assertThat(s.predicted()).isEqualTo(3);
        assertThat(s.loose()).isEqualTo(new Prf(2, 1, 1));
        assertThat(s.loose().f1()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(s.strict()).isEqualTo(new Prf(1, 2, 2));
        assertThat(s.speaker()).isEqualTo(new Ratio(2, 2));
        assertThat(s.voice()).isEqualTo(new Ratio(1, 2));
        assertThat(s.voices().counts()).isEqualTo(Map.of("official", Map.of("official", 1),
                "defector", Map.of("unknown", 1)));
        assertThat(r.languages()).containsOnlyKeys("fr");
        assertThat(r.errors()).extracting(EvalError::kind).containsExactlyInAnyOrder(
                EvalError.Kind.WRONG_VOICE, EvalError.Kind.MISSED_QUOTE, EvalError.Kind.FALSE_QUOTE);
    }

    @Test
    void analysisWithoutQuotesLayerScoresZeroAndListsEveryMiss() {
        GoldDocument g = gold();
        LanguageReport<QuoteScores> r = new QuoteEvaluator().evaluate(List.of(new EvalCase(g, EvalFixtures.analysis(g))));
        assertThat(r.overall().loose()).isEqualTo(new Prf(0, 0, 3));
        assertThat(r.overall().loose().f1()).isZero();
        assertThat(r.overall().speaker().total()).isZero();
        assertThat(r.errors()).hasSize(3).allMatch(e -> e.kind() == EvalError.Kind.MISSED_QUOTE);
    }

    @Test
    void matchingIsOneToOne() {
        GoldDocument g = gold();
        Span b = at(BODY, "Très bien");
        var analysis = EvalFixtures.analysis(g).with(Layers.QUOTES, List.of(
                quote("Q1", BODY, b, null, Voice.DEFECTOR), quote("Q2", BODY, b, null, Voice.DEFECTOR)));
        QuoteScores s = new QuoteEvaluator().evaluate(List.of(new EvalCase(g, analysis))).overall();
        assertThat(s.loose()).isEqualTo(new Prf(1, 1, 2));
    }

    @Test
    void wrongSpeakersAreCountedByHowTheQuoteWasAttributedAndWhatWasFound() {
        GoldDocument g = gold();
        // Q1: gold Le Bret, found Abu Ali (who speaks another gold quote), from context.
        // Q2: gold unnamed, found a named person through a cue. Q3: gold Abu Ali, found nobody.
        Span b = at(BODY, "Très bien");
        var analysis = EvalFixtures.analysis(g).with(Layers.QUOTES, List.of(
                quote("Q1", BODY, at(BODY, "Ça 😀 va !"), "Ali", Voice.DEFECTOR),
                new Quote("Q2", b, b.of(BODY), false, null, "fr", new Attribution.Cued(
                        new Speaker(null, "Karim", null, null, Voice.DEFECTOR), new Cue(new Span(b.end() + 3, b.end() + 6), "dit"))),
                quote("Q3", BODY, at(BODY, "Rien à dire"), null, null)));

        QuoteScores s = new QuoteEvaluator().evaluate(List.of(new EvalCase(g, analysis))).overall();

        assertThat(s.speaker()).isEqualTo(new Ratio(0, 3));
        assertThat(s.wrongSpeakers()).isEqualTo(new SpeakerErrors(3, 1, 1, 1, 1, 0, 1, 1, 1));
    }

    @Test
    void voiceOfRightSpeakerLeavesOutTheQuotesWhoseSpeakerIsWrong() {
        GoldDocument g = gold();
        // Q1: right speaker, wrong voice. Q2: right (unnamed) speaker, right voice. Q3: wrong speaker, right voice.
        var analysis = EvalFixtures.analysis(g).with(Layers.QUOTES, List.of(
                quote("Q1", BODY, at(BODY, "Ça 😀 va !"), "Didier Le Bret", Voice.RESEARCHER),
                quote("Q2", BODY, at(BODY, "Très bien"), null, Voice.DEFECTOR),
                quote("Q3", BODY, at(BODY, "Rien à dire"), "Karim Haddad", Voice.DEFECTOR)));

        QuoteScores s = new QuoteEvaluator().evaluate(List.of(new EvalCase(g, analysis))).overall();

        assertThat(s.voice()).isEqualTo(new Ratio(2, 3));
        assertThat(s.voiceOfRightSpeaker()).isEqualTo(new Ratio(1, 2));
    }

    @Test
    void aDescriptionFoundForANamedSpeakerIsCountedApartFromAnotherPerson() {
        GoldDocument g = gold();
        Span c = at(BODY, "Rien à dire");
        var analysis = EvalFixtures.analysis(g).with(Layers.QUOTES, List.of(
                new Quote("Q3", c, c.of(BODY), false, null, "fr", new Attribution.Contextual(
                        new Speaker(null, null, "un ancien", null, Voice.DEFECTOR))),
                quote("Q1", BODY, at(BODY, "Ça 😀 va !"), "Jean Martin", Voice.OFFICIAL)));

        SpeakerErrors w = new QuoteEvaluator().evaluate(List.of(new EvalCase(g, analysis))).overall().wrongSpeakers();

        assertThat(w).isEqualTo(new SpeakerErrors(2, 0, 0, 2, 0, 1, 1, 0, 0));
    }

    @Test
    void namedSpeakerNeedsGoldLastNameAndUnnamedNeedsNoName() {
        assertThat(QuoteEvaluator.speakerCorrect("Didier Le Bret", "Le Bret")).isTrue();
        assertThat(QuoteEvaluator.speakerCorrect("Patrick Calvar", "Patrick")).isFalse();
        assertThat(QuoteEvaluator.speakerCorrect("Hélène Durand", "HELENE DURAND")).isTrue();
        assertThat(QuoteEvaluator.speakerCorrect(null, null)).isTrue();
        assertThat(QuoteEvaluator.speakerCorrect(null, "Abu Ali")).isFalse();
        assertThat(QuoteEvaluator.speakerCorrect("Abu Ali", null)).isFalse();
        assertThat(QuoteEvaluator.speakerCorrect("حسن الأحمد", "الباحث حسن الأحمد")).isTrue();
    }

    @Test
    void aRelativeWhoSharesTheSurnameIsAnotherSpeaker() {
        assertThat(QuoteEvaluator.speakerCorrect("Karim Benali", "Fatima Benali")).isFalse();
        assertThat(QuoteEvaluator.speakerCorrect("هدى عبد الرحمن", "محمود عبد الرحمن")).isFalse();
        assertThat(QuoteEvaluator.speakerCorrect("Karim Benali", "Benali")).isTrue();
        assertThat(QuoteEvaluator.speakerCorrect("Benali", "Fatima Benali")).isTrue();
        assertThat(QuoteEvaluator.speakerCorrect("Hassan Kamal Darwish", "Kamal Darwish")).isTrue();
    }

    @Test
    void perLanguageScoresAddUpToOverall() {
        String en = "He said \"We left\" yesterday.";
        GoldDocument g2 = EvalFixtures.gold("d2", "en", en,
                List.of(new GoldQuote("We left", at(en, "We left"), null, "defector", null, false)), null, null, null, null);
        var a2 = EvalFixtures.analysis(g2).with(Layers.QUOTES, List.of(quote("Q1", en, at(en, "We left"), null, Voice.DEFECTOR)));
        GoldDocument g1 = gold();
        LanguageReport<QuoteScores> r = new QuoteEvaluator().evaluate(List.of(
                new EvalCase(g1, EvalFixtures.analysis(g1)), new EvalCase(g2, a2)));
        assertThat(r.languages().get("en").loose()).isEqualTo(new Prf(1, 0, 0));
        assertThat(r.languages().get("fr").loose()).isEqualTo(new Prf(0, 0, 3));
        assertThat(r.overall().loose()).isEqualTo(new Prf(1, 0, 3));
        assertThat(r.overall().documents()).isEqualTo(2);
        assertThat(r.overall().voice()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void organisationSpeakerNamedByAnotherOfItsNamesIsRight() {
        String body = "The Federal Bureau of Investigation (FBI) said it \"continues to monitor\" them.";
        GoldDocument g = EvalFixtures.gold("d2", "en", body, List.of(
                new GoldQuote("continues to monitor", at(body, "continues to monitor"), "FBI", "official", null, false)),
                null, null, null, null);
        org.retour.model.Entity fbi = new org.retour.model.Entity("O1", org.retour.model.EntityType.ORGANIZATION,
                "Federal Bureau of Investigation", List.of(), null, "US", List.of(
                        new org.retour.model.Mention(at(body, "Federal Bureau of Investigation"), "Federal Bureau of Investigation",
                                org.retour.model.Mention.Kind.NAME),
                        new org.retour.model.Mention(at(body, "FBI"), "FBI", org.retour.model.Mention.Kind.ALIAS)));
        Speaker bureau = new Speaker("O1", "Federal Bureau of Investigation", null, null, Voice.OFFICIAL);
        Speaker other = new Speaker("O2", "Central Intelligence Agency", null, null, Voice.OFFICIAL);
        org.retour.pipeline.Analysis a = EvalFixtures.analysis(g).with(Layers.ORGANIZATIONS, List.of(fbi));

        assertThat(QuoteEvaluator.organisationNamed("FBI", bureau, a)).isTrue();
        assertThat(QuoteEvaluator.organisationNamed("fbi", bureau, a)).isTrue();
        assertThat(QuoteEvaluator.organisationNamed("FBI", other, a)).isFalse();
        assertThat(QuoteEvaluator.organisationNamed("Europol", bureau, a)).isFalse();
        assertThat(QuoteEvaluator.organisationNamed(null, bureau, a)).isFalse();
    }
}
