package org.retour.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.lang.LanguageConfig;
import org.retour.lang.LanguageStage;
import org.retour.lang.LinguaLanguageIdentifier;
import org.retour.model.Token;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;

class TokenStageTest extends StageContractTest {

    private static final LinguaLanguageIdentifier LINGUA = LinguaLanguageIdentifier.forConfig(LanguageConfig.DEFAULT);
    private static final Tokenizer TOKENIZER = RuleTokenizer.bundled();

    @Override
    protected Stage stage() {
        return new TokenStage(TOKENIZER);
    }

    @Override
    protected List<Stage> prerequisites() {
        return List.of(new LanguageStage(LINGUA), new SentenceStage(RuleSentenceSplitter.bundled(), LINGUA));
    }

    private static List<String> tokens(String text, String lang) {
        return TOKENIZER.tokenize(text, lang).stream().map(t -> t.span().of(text)).toList();
    }

    @Test
    void frenchElisionsAreSplitAfterTheApostrophe() {
        assertThat(tokens("l'EIIL qu'un d'entre jusqu'à l’Etat", "fr"))
                .containsExactly("l'", "EIIL", "qu'", "un", "d'", "entre", "jusqu'", "à", "l’", "Etat");
    }

    @Test
    void theLongestElisionsAreSplitAndLongerWordsStayWhole() {
        assertThat(tokens("Lorsqu'il PUISQU'elle quoiqu'on", "fr"))
                .containsExactly("Lorsqu'", "il", "PUISQU'", "elle", "quoiqu'", "on");
        assertThat(tokens("presqu'île presqu'îles aujourd'hui", "fr")).containsExactly("presqu'", "île", "presqu'", "îles",
                "aujourd'hui");
        assertThat(Elisions.bundled().maxLength()).isEqualTo(6);
    }

    @Test
    void apostrophisedWordsThatAreNotElisionsStayWhole() {
        assertThat(tokens("aujourd'hui King's College", "fr")).containsExactly("aujourd'hui", "King's", "College");
        assertThat(tokens("He didn't go to King's College.", "en"))
                .containsExactly("He", "didn't", "go", "to", "King's", "College", ".");
    }

    @Test
    void hyphenatedWordsAndInvertedCuesStayWhole() {
        assertThat(tokens("a-t-il dit, ajouta-t-il ; non-islamique", "fr"))
                .containsExactly("a-t-il", "dit", ",", "ajouta-t-il", ";", "non-islamique");
    }

    @Test
    void numbersKeepTheirSeparators() {
        assertThat(tokens("1,200 1 200 3.5 244 personnes", "fr"))
                .containsExactly("1,200", "1 200", "3.5", "244", "personnes");
        assertThat(TOKENIZER.tokenize("1 200 hommes", "fr").get(0).kind()).isEqualTo(Token.Kind.NUMBER);
    }

    @Test
    void abbreviationsAndInitialsKeepTheirPeriod() {
        assertThat(tokens("M. Le Bret et Peter R. Neumann aux U.S. partent.", "fr"))
                .containsExactly("M.", "Le", "Bret", "et", "Peter", "R.", "Neumann", "aux", "U.S.", "partent", ".");
        assertThat(tokens("z. B. heute", "de")).containsExactly("z.", "B.", "heute");
    }

    @Test
    void quotationMarksOfEveryLanguageAreTokensOfTheirOwn() {
        assertThat(tokens("«Non» „Ja“ ‚ja‘ “yes” ‹oui›", "fr"))
                .containsExactly("«", "Non", "»", "„", "Ja", "“", "‚", "ja", "‘", "“", "yes", "”", "‹", "oui", "›");
    }

    @Test
    void arabicWordsKeepTheirDiacriticsAndPunctuationIsSplit() {
        assertThat(tokens("قالَ المقاتل، «عُدنا».", "ar")).containsExactly("قالَ", "المقاتل", "،", "«", "عُدنا", "»", ".");
    }

    @Test
    void emojiSequencesAreOneSymbolWithUtf16Offsets() {
        String text = "Il 👩‍👩‍👧 part 😀.";
        List<Token> t = TOKENIZER.tokenize(text, "fr");
        assertThat(t).extracting(x -> x.span().of(text)).containsExactly("Il", "👩‍👩‍👧", "part", "😀", ".");
        assertThat(t.get(1).kind()).isEqualTo(Token.Kind.SYMBOL);
        assertThat(t.get(3).span().length()).isEqualTo(2);
    }
}
