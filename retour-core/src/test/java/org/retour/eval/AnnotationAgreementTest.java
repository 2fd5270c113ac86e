package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.retour.eval.EvalFixtures.at;
import static org.retour.eval.EvalFixtures.gold;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.EntityType;

class AnnotationAgreementTest {

    private static final String BODY = "Karim Benali, 29 ans, est rentré de Syrie. « On tuait des musulmans qui priaient "
            + "comme nous », raconte-t-il. « Là-bas, j'ai eu faim », ajoute-t-il. Le procureur Marc Haddad a dit « ne "
            + "pas croire » à ce récit.";

    private static GoldQuote q(String text, String speaker, String role, String mention) {
        return new GoldQuote(text, at(BODY, text), speaker, role, mention, false);
    }

    private static GoldNarrative n(String code, String evidence) {
        return new GoldNarrative(code, evidence, at(BODY, evidence), "direct_quote", "high");
    }

    private static GoldDocument first() {
        return gold("101", "fr", BODY,
                List.of(q("On tuait des musulmans qui priaient comme nous", "Karim Benali", "returnee", "il"),
                        q("Là-bas, j'ai eu faim", "Karim Benali", "returnee", "il"),
                        q("ne pas croire", "Marc Haddad", "official", "Le procureur Marc Haddad")),
                List.of(n("N1", "On tuait des musulmans qui priaient comme nous"), n("N4", "Là-bas, j'ai eu faim")),
                List.of(new GoldEntity("Karim Benali", at(BODY, "Karim Benali"), EntityType.PERSON, "Karim Benali", null),
                        new GoldEntity("Syrie", at(BODY, "Syrie"), EntityType.PLACE, "Syrie", "SY")),
                null, null);
    }

    @Test
    void anAnnotationAgreesFullyWithItself() {
        EvaluationReport r = GoldEvaluation.score(GoldEvaluation.against(List.of(first()), List.of(first())));
        QuoteScores quotes = r.quotes().overall();
        assertThat(quotes.loose().f1()).isEqualTo(1.0);
        assertThat(quotes.speaker()).isEqualTo(new Ratio(3, 3));
        assertThat(quotes.voice()).isEqualTo(new Ratio(3, 3));
        assertThat(r.narratives().overall().documentMicro().f1()).isEqualTo(1.0);
        assertThat(r.narratives().overall().segmentMicro().f1()).isEqualTo(1.0);
        assertThat(r.entities().overall().documents()).isEqualTo(1);
        assertThat(r.entities().errors()).isEmpty();
    }

    @Test
    void aSecondCoderWhoDisagreesOnASpeakerAndACodeIsScoredLikeAnAnalysis() {
        GoldDocument second = gold("101", "fr", BODY,
                List.of(q("On tuait des musulmans qui priaient comme nous", "Karim Benali", "defector", "il"),
                        q("Là-bas, j'ai eu faim", null, "returnee", "un ancien combattant"),
                        q("ne pas croire", "Haddad", "official", "Le procureur")),
                List.of(n("N2", "On tuait des musulmans qui priaient comme nous"), n("N4", "Là-bas, j'ai eu faim")),
                null, null, null);
        EvaluationReport r = GoldEvaluation.score(GoldEvaluation.against(List.of(first()), List.of(second)));
        QuoteScores quotes = r.quotes().overall();
        assertThat(quotes.loose().f1()).isEqualTo(1.0);
        assertThat(quotes.speaker()).isEqualTo(new Ratio(2, 3)); // "Haddad" names Marc Haddad; the unnamed one does not
        assertThat(quotes.voice()).isEqualTo(new Ratio(2, 3));
        assertThat(r.narratives().overall().documentMicro()).isEqualTo(new Prf(1, 1, 1));
        assertThat(r.quotes().errors()).extracting(EvalError::text)
                .contains("Là-bas, j'ai eu faim");
        assertThat(r.entities().overall().documents()).as("the second coder annotated no entity").isZero();
    }

    @Test
    void articlesOnlyOneAnnotationHoldsAreLeftOut() {
        GoldDocument other = gold("102", "fr", "Un autre texte.", List.of(), List.of(), null, null, null);
        List<EvalCase> cases = GoldEvaluation.against(List.of(first(), other), List.of(first()));
        assertThat(cases).extracting(c -> c.gold().id()).containsExactly("101");
    }

    @Test
    void anotherTextUnderTheSameIdIsRefused() {
        GoldDocument changed = gold("101", "fr", BODY + " Fin.", List.of(), List.of(), null, null, null);
        assertThatThrownBy(() -> GoldEvaluation.against(List.of(first()), List.of(changed)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("101").hasMessageContaining("different texts");
    }

    @Test
    void annotationsThatShareNoArticleAreRefused() {
        GoldDocument other = gold("102", "fr", "Un autre texte.", List.of(), List.of(), null, null, null);
        assertThatThrownBy(() -> GoldEvaluation.against(List.of(first()), List.of(other)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share no article");
    }
}
