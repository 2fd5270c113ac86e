package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.lang.LanguageConfig;
import org.retour.lang.LanguageStage;
import org.retour.lang.TieredLanguageIdentifier;
import org.retour.model.Document;
import org.retour.model.Token;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.segment.RuleSentenceSplitter;
import org.retour.segment.RuleTokenizer;
import org.retour.segment.SentenceStage;
import org.retour.segment.TokenStage;

class TokenViewTest {

    private static final String[] PIECES = {"l'État", "Etat", "ÉTAT", "islamique", "Daech", "داعش", "والرقة", "الرقة",
        "IS-Kämpfer", "ISIS's", "Mossoul", "Größe", "😀", "🇫🇷", "«", "»", ",", ".", "244", "1 200", "naïve", "ﷺ",
        "Ḥasan", "İstanbul", "qu'un", "a-t-il", "\u00A0", "—"};

    private static String randomText(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            b.append(PIECES[r.nextInt(PIECES.length)]);
            b.append(r.nextInt(8) == 0 ? "\n" : " ");
        }
        return b.toString();
    }

    private static Analysis tokenized(String text) {
        Analysis a = Analysis.of(new Document(null, text, null, null, null));
        a = new LanguageStage(TieredLanguageIdentifier.forConfig(LanguageConfig.DEFAULT)).apply(a);
        a = new SentenceStage(RuleSentenceSplitter.bundled(), null).apply(a);
        return new TokenStage(RuleTokenizer.bundled()).apply(a);
    }

    @Test
    void everyTokenReadsTheFormsOfItsOwnCharactersOnRandomText() {
        Random r = new Random(7);
        for (int round = 0; round < 30; round++) {
            String text = randomText(r, 20 + r.nextInt(400));
            List<Token> tokens = tokenized(text).get(Layers.TOKENS);
            TokenView v = new TokenView(text, tokens);
            assertThat(v.size()).isEqualTo(tokens.size());
            for (int i = 0; i < v.size(); i++) {
                String written = tokens.get(i).span().of(text);
                String key = Fold.key(written);
                assertThat(v.surface(i)).isEqualTo(written);
                assertThat(v.key(i)).isEqualTo(key);
                assertThat(v.lower(i)).isEqualTo(written.toLowerCase(Locale.ROOT));
                assertThat(v.id(i)).isEqualTo(WordIds.lookup(key));
                assertThat(v.isCapitalised(i)).isEqualTo(tokens.get(i).kind() == Token.Kind.WORD && Fold.isCapitalised(written));
                assertThat(v.possessive(i)).isEqualTo(key.endsWith("'s"));
                assertThat(v.start(i)).isEqualTo(tokens.get(i).span().start());
                assertThat(v.end(i)).isEqualTo(tokens.get(i).span().end());
            }
        }
    }

    @Test
    void aTokenIsFoundAtAnOffsetWhateverOrderTheOffsetsAreAskedIn() {
        Random r = new Random(11);
        for (int round = 0; round < 20; round++) {
            String text = randomText(r, 20 + r.nextInt(300));
            List<Token> tokens = tokenized(text).get(Layers.TOKENS);
            TokenView v = new TokenView(text, tokens);
            int offset = 0;
            for (int ask = 0; ask < 500; ask++) {
                // mostly small steps forward, as stages ask; sometimes a jump back or far ahead
                int move = r.nextInt(10);
                offset = move == 0 ? r.nextInt(text.length() + 2) - 1 : Math.min(text.length() + 1, offset + r.nextInt(12));
                int expected = 0;
                while (expected < tokens.size() && tokens.get(expected).span().start() < offset) {
                    expected++;
                }
                assertThat(v.indexAt(offset)).as("offset " + offset).isEqualTo(expected);
            }
        }
    }

    @Test
    void aTokenIsFoundAtAnyOffsetWhenTokensLieFarApartOrCloseTogether() {
        Random r = new Random(17);
        for (int round = 0; round < 200; round++) {
            StringBuilder b = new StringBuilder();
            List<Token> tokens = new ArrayList<>();
            int pieces = r.nextInt(60);
            for (int k = 0; k < pieces; k++) {
                // gaps from none to several stretches of text, words of one to a dozen letters
                b.append(" ".repeat(r.nextInt(4) == 0 ? r.nextInt(150) : r.nextInt(2)));
                int start = b.length();
                b.append("x".repeat(1 + r.nextInt(12)));
                tokens.add(new Token(new org.retour.model.Span(start, b.length()), Token.Kind.WORD));
            }
            b.append(" ".repeat(r.nextInt(80)));
            String text = b.toString();
            TokenView v = new TokenView(text, tokens);
            for (int ask = 0; ask < 300; ask++) {
                int offset = r.nextInt(text.length() + 70) - 35;
                int expected = 0;
                while (expected < tokens.size() && tokens.get(expected).span().start() < offset) {
                    expected++;
                }
                assertThat(v.indexAt(offset)).as("offset " + offset + " in " + text.length()).isEqualTo(expected);
            }
        }
    }

    @Test
    void wordsThatShareAHashInOneDocumentKeepTheirOwnForms() {
        // "Aa" and "BB" have the same String hash code, as do "AaAa", "AaBB", "BBAa" and "BBBB"
        String text = "Aa BB AaAa BBBB AaBB BBAa Aa BB";
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (String w : text.split(" ")) {
            int s = text.indexOf(w, start);
            tokens.add(new Token(new org.retour.model.Span(s, s + w.length()), Token.Kind.WORD));
            start = s + w.length();
        }
        TokenView v = new TokenView(text, tokens);
        assertThat(List.of(v.surface(0), v.surface(1), v.surface(2), v.surface(3), v.surface(4), v.surface(5),
                v.surface(6), v.surface(7))).containsExactly("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "Aa", "BB");
        assertThat(v.key(1)).isEqualTo("bb");
    }

    @Test
    void theTokenStageProvidesTheWordsThatEveryStageReads() {
        Analysis a = tokenized("Le porte-parole de l'EIIL a dit: « Nous partons. » والرقة 😀 ISIS's men.");
        TokenView words = a.get(Layers.WORDS);
        assertThat(TokenView.of(a)).isSameAs(words);
        assertThat(words.size()).isEqualTo(a.get(Layers.TOKENS).size());
        assertThat(a.without(Layers.TOKENS).has(Layers.WORDS)).isFalse();
    }

    @Test
    void anAnalysisWithoutTheWordsLayerStillGetsAViewOfItsTokens() {
        Analysis a = tokenized("Daech et l'EIIL.").without(Layers.TOKENS);
        List<Token> tokens = List.of(new Token(new org.retour.model.Span(0, 5), Token.Kind.WORD));
        Analysis b = a.with(Layers.TOKENS, tokens);
        TokenView v = TokenView.of(b);
        assertThat(v.size()).isEqualTo(1);
        assertThat(v.surface(0)).isEqualTo("Daech");
    }

    /** A kind of note of the tests' own; the others are the readers'. */
    private static final NoteKind KIND = NoteKind.make();

    @Test
    void aNoteKeptOnATokenIsSeenByEveryTokenWrittenTheSameAndByNoOther() {
        List<Token> tokens = RuleTokenizer.bundled().tokenize("Daech et Daech", 0, 14, "fr");
        TokenView first = new TokenView("Daech et Daech", tokens);
        Object note = new Object();
        first.note(KIND, 0, note);
        assertThat(first.note(KIND, 2)).isSameAs(note);
        assertThat(first.note(KIND, 1)).isNotSameAs(note);
        String other = "Selon Daech, non.";
        TokenView second = new TokenView(other, RuleTokenizer.bundled().tokenize(other, 0, other.length(), "fr"));
        assertThat(second.note(KIND, 1)).as("the same word in another document").isSameAs(note);
        assertThat(second.note(KIND, 0)).isNotSameAs(note);
    }
}
