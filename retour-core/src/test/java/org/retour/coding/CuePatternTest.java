package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CuePatternTest {

    private static List<String> found(String cue, String text) {
        PatternIndex<String> idx = new PatternIndex<String>().add("x", CuePattern.compile(cue));
        CueTokens t = CueTokens.of(text);
        return idx.find(t).stream().map(m -> text.substring(t.start(m.start()), t.end(m.end() - 1))).toList();
    }

    @Test
    void wordsMatchWithoutCaseOrAccents() {
        assertThat(found("etat islamique", "L'État Islamique recule.")).containsExactly("État Islamique");
    }

    @Test
    void elisionsSplitOffInTextAndCue() {
        assertThat(found("plus question d'expansion", "Il n’est plus question d’expansion du califat"))
                .containsExactly("plus question d’expansion");
        assertThat(found("combatt* d' autres musulmans", "combattre d'autres musulmans")).hasSize(1);
    }

    @Test
    void prefixesAlternativesAndGaps() {
        assertThat(found("exécut*|tués ..4 fuir", "ils sont exécutés quand ils tentent de fuir")).hasSize(1);
        assertThat(found("exécut*|tués ..2 fuir", "ils sont exécutés quand ils tentent de fuir")).isEmpty();
        assertThat(found("tués ..4 fuir", "ils sont tués. Puis ils tentent de fuir")).as("no match across sentences").isEmpty();
    }

    @Test
    void englishNegatedContractionsSplit() {
        CueTokens t = CueTokens.of("It wasn't the brutality, don't ask.");
        assertThat(t.word(1)).isEqualTo("was");
        assertThat(t.word(2)).isEqualTo("n't");
        assertThat(t.boundaryBefore(5)).isEqualTo(CueTokens.CLAUSE);
    }

    @Test
    void arabicCliticsAndDiacriticsAreOfferedAway() {
        assertThat(found("وحشي*", "متورط في الوَحشيّة والفظائع")).containsExactly("الوَحشيّة");
        assertThat(found("فظائع", "متورط في الوحشية والفظائع")).containsExactly("والفظائع");
        assertThat(found("مرحله اخيره", "دخلنا المرحلة الأخيرة.")).containsExactly("المرحلة الأخيرة");
    }

    @Test
    void offsetsStayUtf16WithEmojiAndAccents() {
        String text = "😀 Élan 👩‍👩‍👧 brutalités!";
        CueTokens t = CueTokens.of(text);
        assertThat(t.size()).isEqualTo(2);
        assertThat(text.substring(t.start(1), t.end(1))).isEqualTo("brutalités");
    }

    @Test
    void badCuesAreRefusedWithTheReason() {
        assertThatThrownBy(() -> CuePattern.compile(".. vie")).hasMessageContaining("cannot start with a gap");
        assertThatThrownBy(() -> CuePattern.compile("vie .. .. dure")).hasMessageContaining("two gaps in a row");
        assertThatThrownBy(() -> CuePattern.compile("vie ..9 dure")).hasMessageContaining("1 to 8 words");
        assertThatThrownBy(() -> CuePattern.compile("vie ..x dure")).hasMessageContaining("is not a gap");
        assertThatThrownBy(() -> CuePattern.compile("a||b")).hasMessageContaining("empty alternative");
        assertThatThrownBy(() -> CuePattern.compile("v*")).hasMessageContaining("two letters");
        assertThatThrownBy(() -> CuePattern.compile("*vie")).hasMessageContaining("may only end a word");
        assertThatThrownBy(() -> CuePattern.compile("—")).hasMessageContaining("no letter or digit");
        assertThatThrownBy(() -> CuePattern.compile("d'autres|des")).hasMessageContaining("must be one word");
    }
}
