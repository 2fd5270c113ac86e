package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.entity.TokenView;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.segment.RuleTokenizer;

/**
 * Random texts in several scripts, read through tokens: the words copied from each token's fragment are
 * exactly the words the one-pass reader finds in the whole text, whatever the tokens are.
 */
class TokenFragmentsContractTest {

    private static final String[] PIECES = {"la", "Été", "ÉTAT", "straße", "Œuvre", "cœur", "naïve", "FUIR", "n", "l",
        "qu", "don", "wasn", "t", "didn't", "L’État", "aujourd'hui", "d’expansion", "jusqu'à", "rock'n'roll",
        "a-t-il", "ex-combattant", "والمسلمين", "قَتَلُوا", "إلى", "بالسلاح", "ـ", "😀", "👍🏽", "𝐀bc", "x\u0301y",
        "İstanbul", "Ωμέγα", "42", "1,200", "3.5", "U.S.", "M.", "ǅ", "ﬁn", "exécutés", "fuir", "brutality", "said",
        " ", " ", " ", "\u00A0", "  ", ", ", ". ", "'", "’", "ʼ", " « ", " » ", "“", "”", "-", "—", "\n", "?", "…",
        "(", ")", "؟", "،"};

    private static final Vocabulary VOCABULARY = vocabulary();

    private static Vocabulary vocabulary() {
        Vocabulary v = new Vocabulary();
        StandardCues.patterns().forEach(v::add);
        return v;
    }

    /** Sorted, non-overlapping tokens at random places, some of them cutting words or surrogate pairs in two. */
    private static List<Token> randomTokens(Random r, String text) {
        List<Token> out = new ArrayList<>();
        int p = 0;
        while (p < text.length()) {
            int start = p + r.nextInt(3);
            int end = start + 1 + r.nextInt(6);
            if (end > text.length()) {
                break;
            }
            out.add(new Token(new Span(start, end), Token.Kind.WORD));
            p = end;
        }
        return out;
    }

    private static void assertSameWords(String text, CueTokens expected, CueTokens actual) {
        assertThat(actual.size()).as(text).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.start(i)).as(text).isEqualTo(expected.start(i));
            assertThat(actual.end(i)).as(text).isEqualTo(expected.end(i));
            assertThat(actual.boundaryBefore(i)).as(text + " @" + i).isEqualTo(expected.boundaryBefore(i));
            assertThat(actual.entryOrNull(i) == null).as(text + " @" + i).isEqualTo(expected.entryOrNull(i) == null);
            assertThat(actual.forms(i)).as(text).containsExactly(expected.forms(i));
        }
    }

    @Test
    void wordsReadThroughTheTokenizersTokensEqualTheWordsOfTheWholeText() {
        Random r = new Random(23);
        RuleTokenizer tokenizer = RuleTokenizer.bundled();
        String[] languages = {"fr", "en", "de", "ar"};
        for (int round = 0; round < 3000; round++) {
            String text = StandardCues.randomText(r, PIECES);
            List<Token> tokens = new ArrayList<>();
            // tokens of part of the text only, as when sentences leave some of it out
            int from = r.nextInt(4) == 0 ? Math.min(text.length(), r.nextInt(5)) : 0;
            tokenizer.tokenize(text, from, text.length(), languages[round % languages.length], tokens);
            TokenView view = new TokenView(text, tokens);
            assertSameWords(text, CueTokens.of(text, VOCABULARY), TokenFragments.local().read(view, VOCABULARY));
        }
    }

    @Test
    void wordsReadThroughArbitraryTokensEqualTheWordsOfTheWholeText() {
        Random r = new Random(29);
        for (int round = 0; round < 3000; round++) {
            String text = StandardCues.randomText(r, PIECES);
            TokenView view = new TokenView(text, randomTokens(r, text));
            assertSameWords(text, CueTokens.of(text, VOCABULARY), TokenFragments.local().read(view, VOCABULARY));
            // read again, now from the fragments kept
            assertSameWords(text, CueTokens.of(text, VOCABULARY), TokenFragments.local().read(view, VOCABULARY));
        }
    }

    @Test
    void aTokenIsCopiedOnlyWhereTheReadingMayStopOnOneSideOfItsEdges() {
        String text = "aujourd'hui, l’État";
        assertThat(TokenFragments.splits(text, 0)).isTrue();
        assertThat(TokenFragments.splits(text, "aujourd".length())).as("before an apostrophe").isFalse();
        assertThat(TokenFragments.splits(text, "aujourd'".length())).as("after an apostrophe").isFalse();
        assertThat(TokenFragments.splits(text, "aujourd'hui".length())).as("before a comma").isTrue();
        assertThat(TokenFragments.splits(text, "aujourd'hui, ".length())).as("after a space").isTrue();
        assertThat(TokenFragments.splits(text, text.length())).isTrue();
        assertThat(CueCharacters.separates('\uD83D')).as("half of an emoji").isFalse();
        assertThat(CueCharacters.separates('\u2014')).isTrue();
        assertThat(CueCharacters.separates('\u02BC')).isFalse();
        assertThat(CueCharacters.separates('\u0640')).as("the Arabic tatweel is read within words").isFalse();
    }

    @Test
    void theSameWordsComeFromTheLayerWhenTheTokensAreThoseOfTheAnalysis() {
        String text = "« Je n’ai pas voulu tuer », dit-il aujourd'hui. They didn't pay us. قتلوا المسلمين بالسلاح.";
        List<Token> tokens = RuleTokenizer.bundled().tokenize(text, 0, text.length(), "fr");
        CueTokens read = TokenFragments.local().read(new TokenView(text, tokens), VOCABULARY);
        CueTokens whole = CueTokens.of(text, VOCABULARY);
        assertSameWords(text, whole, read);
        assertThat(read.word(read.size() - 1)).isEqualTo("بالسلاح");
    }
}
