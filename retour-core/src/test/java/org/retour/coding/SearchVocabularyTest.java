package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Span;

class SearchVocabularyTest {

    private static Vocabulary vocabulary(String... cues) {
        Vocabulary v = new Vocabulary();
        for (String c : cues) {
            v.add(CuePattern.compile(c));
        }
        return v;
    }

    private static boolean admits(Vocabulary v, String word) {
        CueTokens t = CueTokens.of(word);
        return v.admits(t.forms(0));
    }

    @Test
    void vocabularyAdmitsCueWordsTheirPrefixedFormsAndArabicWordsWithClitics() {
        Vocabulary v = vocabulary("exécut* ..4 fuir", "brutality", "verräter*", "مسلمين");
        assertThat(admits(v, "exécutés")).isTrue();
        assertThat(admits(v, "fuir")).isTrue();
        assertThat(admits(v, "Brutality")).isTrue();
        assertThat(admits(v, "Verrätern")).isTrue();
        assertThat(admits(v, "والمسلمين")).as("the Arabic stem behind its clitics").isTrue();
        assertThat(admits(v, "maison")).isFalse();
        assertThat(admits(v, "exécu")).as("shorter than the prefix").isFalse();
        assertThat(admits(v, "brutal")).isFalse();
    }

    @Test
    void wordsNoCueCanMatchAreHiddenFromTheSearchButKeepTheirForms() {
        String text = "L'État islamique exécutait ceux qui voulaient fuir. He wasn't brutal; die Verräter, والمسلمين.";
        CueTokens eager = CueTokens.of(text);
        CueTokens lazy = CueTokens.of(text, vocabulary("exécut*", "fuir", "verräter", "مسلمين"));
        assertThat(lazy.size()).isEqualTo(eager.size());
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < eager.size(); i++) {
            if (lazy.entryOrNull(i) == null) {
                refused.add(eager.word(i));
            }
        }
        assertThat(refused).contains("islamique", "ceux", "brutal").doesNotContain("executait", "fuir", "verrater");
        for (int i = 0; i < eager.size(); i++) {
            assertThat(lazy.forms(i)).containsExactly(eager.forms(i));
            assertThat(lazy.start(i)).isEqualTo(eager.start(i));
            assertThat(lazy.boundaryBefore(i)).isEqualTo(eager.boundaryBefore(i));
        }
    }

    @Test
    void cuesMatchTheSameWithOrWithoutAVocabulary() {
        String text = "Ils ont exécuté deux frères qui tentaient de fuir. They killed civilians. "
                + "Sie haben Verräter erschossen. قتلوا المسلمين في القرى.";
        String[] cues = {"exécut* ..6 fuir", "killed civilians", "verräter erschossen", "قتلوا ..2 مسلمين"};
        PatternIndex<String> idx = new PatternIndex<>();
        Vocabulary v = new Vocabulary();
        for (String c : cues) {
            idx.add(c, CuePattern.compile(c));
            v.add(CuePattern.compile(c));
        }
        List<String> eager = idx.find(CueTokens.of(text)).stream().map(PatternIndex.Match::label).toList();
        List<String> lazy = idx.find(CueTokens.of(text, v)).stream().map(PatternIndex.Match::label).toList();
        assertThat(eager).containsExactly(cues);
        assertThat(lazy).isEqualTo(eager);
    }

    @Test
    void aSliceOfOneRangeSharesTheWordsAndStartsASentence() {
        String text = "Premier point, puis: il a fui la Syrie. Second point.";
        CueTokens all = CueTokens.of(text);
        int from = text.indexOf("il a");
        CueTokens one = all.slice(List.of(new Span(from, text.indexOf('.') + 1)));
        assertThat(one.size()).isEqualTo(5);
        assertThat(one.word(0)).isEqualTo("il");
        assertThat(one.word(4)).isEqualTo("syrie");
        assertThat(one.boundaryBefore(0)).isEqualTo(CueTokens.SENTENCE);
        assertThat(one.boundaryBefore(1)).isEqualTo(CueTokens.NONE);
        CueTokens two = all.slice(List.of(new Span(0, text.indexOf(',')), new Span(from, text.indexOf('.'))));
        assertThat(two.size()).isEqualTo(7);
        assertThat(two.boundaryBefore(2)).as("each range starts a sentence").isEqualTo(CueTokens.SENTENCE);
    }
}
