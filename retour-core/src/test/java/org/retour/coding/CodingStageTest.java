package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.retour.model.Attribution;
import org.retour.model.Coding;
import org.retour.model.Quote;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;

/**
 * The coding stage keeps the stage contract on hostile text, with quotes made from every pair of
 * quotation marks and every voice coded, so that quote handling is exercised too.
 */
class CodingStageTest extends StageContractTest {

    @Override
    protected Stage stage() {
        return new CodingStage(CodingConfig.DEFAULT.withAllVoices(true).coder());
    }

    @Override
    protected List<Stage> prerequisites() {
        // the coding stage needs no tokens: language and sentences only
        List<Stage> out = new ArrayList<>(Fixtures.prerequisites().subList(0, 2));
        out.add(new MarkQuotes());
        return out;
    }

    @Test
    void reportedTestimonyInSentencesIsCodedWithoutAnyQuote() {
        String text = Fixtures.foundingArticle();
        Analysis a = new CodingStage(CodingConfig.DEFAULT.coder()).apply(Fixtures.analyse(text, "fr"));
        assertThat(a.has(Layers.QUOTES)).isFalse();
        List<String> got = a.get(Layers.CODINGS).stream().map(c -> c.code() + " " + c.span().of(text).substring(0, 19)).toList();
        // Without quotes, the official's quoted words about those who try to flee are narration that reports
        // defectors ("…, a-t-il dit"; "…quand ils tentent de fuir », ajouta-t-il").
        assertThat(got).containsExactlyInAnyOrder("N6 Les pertes récentes", "N5 Certains membres re", "N1 Le directeur de l'I",
                "N2 Le directeur de l'I", "N3 Le directeur de l'I", "N4 Le directeur de l'I", "N6 « Il n'est plus que",
                "N7 « Il n'est plus que", "N7 Mais plusieurs de c");
        assertThat(a.get(Layers.CODINGS)).allMatch(c -> c.quote() == null && c.reportedBy().equals("journalist"));
    }

    @Test
    void reportedTestimonyInEnglishAndGermanSentences() {
        String en = "Defectors told researchers that the group was executing those who tried to flee. The weather was fine.";
        List<Coding> c = new CodingStage(CodingConfig.DEFAULT.coder()).apply(Fixtures.analyse(en, "en")).get(Layers.CODINGS);
        assertThat(c).extracting(Coding::code).containsExactly("N7");
        assertThat(c.get(0).holder()).isEqualTo("defector");
        String de = "Mehrere Rückkehrer berichteten von Diskriminierung nach Herkunftsland. Der Minister sprach von Diskriminierung.";
        List<Coding> d = new CodingStage(CodingConfig.DEFAULT.coder()).apply(Fixtures.analyse(de, "de")).get(Layers.CODINGS);
        assertThat(d).extracting(Coding::code).containsExactly("N5");
        assertThat(d.get(0).holder()).isEqualTo("returnee");
    }

    /** A test stage: a quote between each pair of « » or " marks, unattributed. */
    static final class MarkQuotes implements Stage {
        @Override
        public String name() {
            return "mark-quotes";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layers.QUOTES);
        }

        @Override
        public Analysis apply(Analysis a) {
            String t = a.text();
            List<Quote> out = new ArrayList<>();
            int open = -1;
            for (int i = 0; i < t.length() && out.size() < 5000; i++) {
                char c = t.charAt(i);
                if (open < 0 && (c == '«' || c == '"')) {
                    open = i + 1;
                } else if (open >= 0 && (c == '»' || c == '"')) {
                    out.add(new Quote("Q" + (out.size() + 1), new Span(open, i), t.substring(open, i), false, null, null,
                            new Attribution.Unattributed()));
                    open = -1;
                }
            }
            return a.with(Layers.QUOTES, out);
        }
    }
}
