package org.retour.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolnearReaderTest {

    // Text written for this test, in the brat standoff layout of PolNeAR.
    private static final String TEXT = "Mark Hamrick, a senior analyst, said growth was slow. "
            + "“Rates will rise,” he said. Officials said the data was “mixed at best” and nothing more.";

    private static String t(String id, String type, String s) {
        int i = TEXT.indexOf(s);
        return id + "\t" + type + " " + i + " " + (i + s.length()) + "\t" + s;
    }

    @Test
    void directQuotesAreQuotedStretchesOfContentsWithResolvedSpeakers() {
        List<String> ann = List.of(
                t("T1", "Source", "Mark Hamrick, a senior analyst"), t("T2", "Cue", "said growth"),
                t("T3", "Content", "growth was slow"), "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3",
                t("T4", "Content", "“Rates will rise,”"), t("T5", "Source", "he"), t("T6", "Cue", "said."),
                "E2\tAttribution:T6 Content:T4 Source:T5 Cue:T6",
                t("T7", "Source", "Officials"), t("T8", "Content", "the data was “mixed at best"),
                "E3\tAttribution:T8 Source:T7 Content:T8");
        List<GoldQuote> q = PolnearReader.quotes(TEXT, ann, "x.ann");
        assertThat(q).extracting(GoldQuote::text).containsExactly("Rates will rise,", "mixed at best");
        assertThat(q.get(0).speaker()).isEqualTo("Mark Hamrick");
        assertThat(q.get(1).speaker()).isEqualTo("Officials");
        assertThat(q.get(0).speakerRole()).isNull();
    }

    @Test
    void namesAreTheCapitalisedWordsEndingTheSourceHead() {
        assertThat(PolnearReader.nameOf("Republican presidential nominee Donald Trump")).isEqualTo("Donald Trump");
        assertThat(PolnearReader.nameOf("Mr. Sloan")).isEqualTo("Sloan");
        assertThat(PolnearReader.nameOf("the influential US daily")).isNull();
        assertThat(PolnearReader.nameOf("The Washington Post, a newspaper")).isEqualTo("Washington Post");
    }

    @Test
    void doubledApostrophesMarkDirectQuotes() {
        String text = "''We can't wait,'' said Ann Lee. Her ''plan'' is it's ''bold and clear.''";
        List<org.retour.model.Span> all = PolnearReader.quotedStretches(text,
                new org.retour.model.Span(0, text.length()));
        assertThat(all).extracting(s -> s.of(text)).containsExactly("We can't wait,", "plan", "bold and clear.");
        org.retour.model.Span inner = new org.retour.model.Span(2, text.indexOf(",''") + 1);
        assertThat(PolnearReader.quotedStretches(text, inner)).extracting(s -> s.of(text))
                .containsExactly("We can't wait,");
    }
}
