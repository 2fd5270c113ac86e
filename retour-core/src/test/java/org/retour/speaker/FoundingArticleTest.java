package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.assertQuote;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.person;
import static org.retour.speaker.QuoteAssertions.topLevel;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retour.model.Entity;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.quote.TestPipelines;

/** The founding article's quotes, speakers, roles and voices, exactly as issue 4 asks. */
class FoundingArticleTest {

    private static Analysis analysis;

    @BeforeAll
    static void analyse() {
        analysis = TestPipelines.analyze(QuoteAssertions.resource("org/retour/seed/seed-article-fr.txt"), "fr");
    }

    @Test
    void fiveTopLevelQuotesInOrder() {
        List<Quote> top = topLevel(analysis);
        assertThat(top).hasSize(5);
        assertQuote(analysis, top.get(0), "Ils sentent que nous sommes entrés en phase finale.",
                "comment ils peuvent rentrer", "Didier Le Bret", null, "official", "a dit");
        assertQuote(analysis, top.get(1), "Il n'est plus question d'expansion du glorieux califat",
                "quand ils tentent de fuir", "Didier Le Bret", null, "official", "ajouta-t-il");
        assertQuote(analysis, top.get(2), "davantage d'intentions de retour au pays",
                "davantage d'intentions de retour au pays", "Patrick Calvar", null, "official", "a annoncé");
        assertQuote(analysis, top.get(3), "entravés par la politique de l'EIIL", "doivent être exécutés immédiatement",
                "Patrick Calvar", null, "official", "a-t-il dit");
        assertQuote(analysis, top.get(4), "'l'EIIL s'intéresse plus", "la vie sous l'EIIL et dure et décevante'",
                "Peter Neumann", null, "researcher", "a dit");
    }

    @Test
    void calvarsFragmentIsPartialAndHisCuedQuoteIsNot() {
        List<Quote> top = topLevel(analysis);
        assertThat(top.get(2).partial()).isTrue();
        assertThat(top.get(3).partial()).isFalse();
        assertThat(top.get(0).partial()).isFalse();
    }

    @Test
    void neumannsQuoteHasOneNestedQuotePerGrievance() {
        Quote neumann = topLevel(analysis).get(4);
        List<Quote> nested = children(analysis, neumann);
        assertThat(nested).extracting(Quote::text).containsExactly(
                "l'EIIL s'intéresse plus à combattre d'autres musulmans que le gouvernement Assad",
                "l'EIIL est impliqué dans des brutalités et les atrocités perpétrées contre les musulmans",
                "l'EIIL est corrompu et non-islamique",
                "la vie sous l'EIIL et dure et décevante");
        assertThat(analysis.get(Layers.QUOTES)).hasSize(9);
    }

    @Test
    void theGroupsLongNameInMarksIsNotAQuote() {
        assertThat(analysis.get(Layers.QUOTES)).noneMatch(q -> q.text().contains("Etat Islamique"));
    }

    @Test
    void rolesComeFromAppositions() {
        assertThat(person(analysis, "Didier Le Bret").role())
                .isEqualTo("coordonnateur national du renseignement national français");
        assertThat(person(analysis, "Patrick Calvar").role())
                .isEqualTo("directeur général de la sécurité intérieure DGSI");
        assertThat(person(analysis, "Peter Neumann").role()).isEqualTo("directeur de l'ICSR");
        // "le gouvernement Assad", inside Neumann's quote, names a public figure who speaks no quote
        assertThat(analysis.get(Layers.PERSONS)).extracting(Entity::canonical)
                .containsExactly("Didier Le Bret", "Patrick Calvar", "Peter Neumann", "Bashar al-Assad");
        assertThat(person(analysis, "Bashar al-Assad").role()).isNull();
    }

    @Test
    void invertedPronounsAreMentionsOfTheirPerson() {
        Entity leBret = person(analysis, "Didier Le Bret");
        assertThat(leBret.mentions()).extracting(Mention::kind)
                .containsExactly(Mention.Kind.NAME, Mention.Kind.PRONOUN);
        Mention il = leBret.mentions().get(1);
        assertThat(il.text()).isEqualTo("il");
        assertThat(analysis.text().substring(il.span().start() - 9, il.span().end())).isEqualTo("ajouta-t-il");
        assertThat(topLevel(analysis).get(1).attribution().speaker().entity()).isEqualTo(leBret.id());
    }
}
