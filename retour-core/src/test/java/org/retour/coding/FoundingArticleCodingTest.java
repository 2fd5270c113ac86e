package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * The founding article is coded exactly as its issue says, from a QUOTES layer with the article's real
 * quote spans and speakers, and from its sentences of reported testimony.
 */
class FoundingArticleCodingTest {

    private static String text;
    private static Analysis coded;
    private static Fixtures.Quotes quotes;
    private static String outer;

    @BeforeAll
    static void codeTheArticle() {
        text = Fixtures.foundingArticle();
        quotes = new Fixtures.Quotes(text);
        var leBret = Fixtures.speaker("Didier Le Bret", Voice.OFFICIAL);
        var calvar = Fixtures.speaker("Patrick Calvar", Voice.OFFICIAL);
        var neumann = Fixtures.speaker("Peter Neumann", Voice.RESEARCHER);
        quotes.add("Ils sentent que nous sommes entrés en phase finale. Plusieurs d'entre eux commencent à nous envoyer "
                        + "des messages pour savoir comment ils peuvent rentrer", leBret, "a dit")
                .add("Il n'est plus question d'expansion du glorieux califat, et nous savons que certains se font tuer "
                        + "quand ils tentent de fuir", leBret, "ajouta-t-il")
                .add("davantage d'intentions de retour au pays", calvar, "a annoncé")
                .add("entravés par la politique de l'EIIL, qui considèrent ceux qui veulent quitter la Syrie comme des "
                        + "traîtres qui doivent être exécutés immédiatement", calvar, "a-t-il dit");
        int o = text.indexOf("'l'EIIL s'intéresse");
        int e = text.indexOf("décevante'") + "décevante'".length();
        quotes.add(text.substring(o, e), neumann, "a dit");
        outer = quotes.last();
        quotes.add("l'EIIL s'intéresse plus à combattre d'autres musulmans que le gouvernement Assad", neumann, null, outer)
                .add("l'EIIL est impliqué dans des brutalités et les atrocités perpétrées contre les musulmans", neumann, null, outer)
                .add("l'EIIL est corrompu et non-islamique", neumann, null, outer)
                .add("la vie sous l'EIIL et dure et décevante", neumann, null, outer);
        Analysis a = quotes.on(Fixtures.analyse(text, "fr"));
        coded = new CodingStage(CodingConfig.DEFAULT.coder()).apply(a);
    }

    @Test
    void codesExactlyWhatTheIssueSays() {
        Set<String> got = new TreeSet<>();
        for (Coding c : coded.get(Layers.CODINGS)) {
            got.add(c.quote() != null ? c.quote() + " " + c.code() : "«" + head(c) + "» " + c.code());
        }
        assertThat(got).containsExactlyInAnyOrder(
                "Q1 N6",
                "Q2 N6", "Q2 N7",
                "Q4 N7",
                "Q6 N1", "Q7 N2", "Q8 N3", "Q9 N4",
                "«Les pertes récentes» N6",
                "«Certains membres rentrés» N5");
    }

    @Test
    void theOuterQuoteOfNestedTestimoniesCarriesNoCodeOfItsOwn() {
        assertThat(coded.get(Layers.CODINGS)).noneMatch(c -> outer.equals(c.quote()));
    }

    @Test
    void reportedTestimonyKeepsWhoHoldsItAndWhoReportsIt() {
        Coding n6 = coded.get(Layers.CODINGS).stream().filter(c -> "Q1".equals(c.quote())).findFirst().orElseThrow();
        assertThat(n6.holder()).isEqualTo("defector");
        assertThat(n6.reportedBy()).isEqualTo("Didier Le Bret");
        Coding n5 = coded.get(Layers.CODINGS).stream().filter(c -> c.code().equals("N5")).findFirst().orElseThrow();
        assertThat(n5.holder()).isEqualTo("returnee");
        assertThat(n5.quote()).isNull();
        assertThat(n5.span().of(text)).startsWith("Certains membres rentrés se plaignent").endsWith("pays d'origine.");
        assertThat(n5.evidence()).isEqualTo("discrimination");
    }

    @Test
    void everyCodingHasConfidenceCoderAndEvidenceInItsSpan() {
        for (Coding c : coded.get(Layers.CODINGS)) {
            assertThat(c.confidence()).isStrictlyBetween(0.0, 1.0);
            assertThat(c.coder()).as("every code here has a cue, so the rules and the bundled model give it together")
                    .isEqualTo("rules@retour-default-36+model@" + LinearModel.standard().hash());
            assertThat(c.span().of(text)).contains(c.evidence());
        }
    }

    @Test
    void officialsOwnViewsAreCodedOnlyWithAllVoices() {
        Analysis plain = Fixtures.analyse("« Nous perdons du terrain partout, c'est la phase finale », a dit le ministre.", "fr");
        Fixtures.Quotes q = new Fixtures.Quotes(plain.text())
                .add("Nous perdons du terrain partout, c'est la phase finale", Fixtures.speaker("le ministre", Voice.OFFICIAL), "a dit");
        Analysis a = q.on(plain);
        assertThat(new CodingStage(CodingConfig.DEFAULT.coder()).apply(a).get(Layers.CODINGS)).isEmpty();
        var all = new CodingStage(CodingConfig.DEFAULT.withAllVoices(true).coder()).apply(a).get(Layers.CODINGS);
        assertThat(all).extracting(Coding::code).containsExactly("N6");
        assertThat(all.get(0).holder()).isEqualTo("official");
        assertThat(all.get(0).reportedBy()).isNull();
    }

    private static String head(Coding c) {
        String s = c.span().of(text);
        for (String h : new String[] {"Les pertes récentes", "Certains membres rentrés"}) {
            if (s.startsWith(h)) {
                return h;
            }
        }
        return s.length() > 30 ? s.substring(0, 30) : s;
    }
}
