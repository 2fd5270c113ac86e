package org.retour.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class LatinFoldingFilterTest {

    private static Analyzer analyzer(boolean keyword, Function<TokenStream, TokenStream> filter) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = keyword ? new KeywordTokenizer() : new WhitespaceTokenizer();
                return new TokenStreamComponents(source, filter.apply(source));
            }
        };
    }

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }

    @Test
    void foldsEveryCharacterOfTheBasicPlaneAsAsciiFoldingDoes() throws IOException {
        Analyzer ours = analyzer(true, LatinFoldingFilter::new);
        Analyzer lucene = analyzer(true, ASCIIFoldingFilter::new);
        for (int c = 1; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String token = "x" + (char) c + "y";
            assertThat(tokens(ours, token)).as("U+%04X", c).isEqualTo(tokens(lucene, token));
        }
    }

    @Test
    void foldsMixedTextInFrenchGermanArabicAndEmojiAsAsciiFoldingDoes() throws IOException {
        Analyzer ours = analyzer(false, LatinFoldingFilter::new);
        Analyzer lucene = analyzer(false, ASCIIFoldingFilter::new);
        String[] parts = {"État", "Müller", "Straße", "ﬁn", "Œuvre", "الدولة", "داعش", "🙂", "Ĳ", "Ⓐ", "ｆｕｌｌ", "déjà", "Ærø",
            "x", "Γειά", "Москва", "—", "«", "’"};
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = rnd.nextInt(1, 12); k > 0; k--) {
                text.append(parts[rnd.nextInt(parts.length)]);
                text.append(rnd.nextInt(3) == 0 ? " " : "");
            }
            assertThat(tokens(ours, text.toString())).as(text.toString()).isEqualTo(tokens(lucene, text.toString()));
        }
    }

    @Test
    void leavesArabicTokensAsTheyAreAndFoldsAccents() throws IOException {
        Analyzer ours = analyzer(false, LatinFoldingFilter::new);
        assertThat(tokens(ours, "تنظيم الدولة Müller déjà 🙂")).containsExactly("تنظيم", "الدولة", "Muller", "deja", "🙂");
    }
}
