package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.entity.TokenView;
import org.retour.model.Span;
import org.retour.model.Token;
import org.retour.segment.RuleTokenizer;

/** A pronoun is found at the same place through a document's token entries as through its lower-cased tokens. */
class PronounSearchTest {

    private static final String[] WORDS = {"il", "Il", "elle", "ils", "elles", "he", "She", "they", "er", "sie", "Sie",
        "هو", "هي", "وهو", "ajouta-t-il", "a-t-elle", "dit-elle", "peut-être", "IS-Kämpfer", "semble", "pleut",
        "rentré", "s'", "s’", "se", "agit", "assoit", "y", "faut", "Élodie", "garçon", "œuvre", "Straße", "😀", "a😀b", "l’ancien", "d'un", "revenant", "returnee",
        "«", "»", ",", ".", "—", "-", "2016", "anti-terroriste", "Rückkehrerin", "المقاتل"};

    private final PersonLexicon lexicon = PersonLexicon.bundled();
    private final PronounLinker linker = new PronounLinker(lexicon);
    private final RuleTokenizer tokenizer = RuleTokenizer.bundled();

    @Test
    void everyTokenGivesTheSamePronounThroughTheEntriesAsThroughTheLowerCasedTokens() {
        Random random = new Random(17);
        int found = 0;
        for (int doc = 0; doc < 200; doc++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                b.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(6) == 0 ? "" : " ");
            }
            String text = b.toString();
            for (String lang : new String[] {"fr", "en", "de", "ar"}) {
                List<Token> tokens = tokenizer.tokenize(text, 0, text.length(), lang);
                TokenView view = new TokenView(text, tokens);
                TokenEntries entries = TokenEntries.of(lexicon, lang, view, tokens);
                String[] lower = Tokens.lowered(text, tokens);
                for (int k = 0; k < tokens.size(); k++) {
                    PronounLinker.Found records = linker.pronounIn(text, tokens, lower, k, lang);
                    PronounLinker.Found viewed = linker.pronounIn(text, tokens, entries, k, lang);
                    assertThat(viewed).as("%s in %s", tokens.get(k).span().of(text), text).isEqualTo(records);
                    found += viewed != null ? 1 : 0;
                }
            }
        }
        assertThat(found).isGreaterThan(500);
    }

    @Test
    void aPronounAfterAHyphenIsTheWordsLastPart() {
        String text = "« Je suis rentré », ajouta-t-il.";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length(), "fr");
        TokenEntries entries = TokenEntries.of(lexicon, "fr", new TokenView(text, tokens), tokens);
        int k = 0;
        while (!tokens.get(k).span().of(text).startsWith("ajouta")) {
            k++;
        }
        PronounLinker.Found f = linker.pronounIn(text, tokens, entries, k, "fr");
        assertThat(f.span()).isEqualTo(new Span(text.indexOf("il."), text.indexOf("il.") + 2));
        assertThat(f.pronoun()).isEqualTo(new Pronoun(Gender.MALE, false));
    }

    @Test
    void ilBeforeAReflexiveVerbIsAPersonUnlessTheVerbIsImpersonal() {
        assertThat(firstPronoun("Il s'assoit près de la fenêtre.")).isNotNull();
        assertThat(firstPronoun("Il s’exprime en kanouri.")).isNotNull();
        assertThat(firstPronoun("Il se tait.")).isNotNull();
        assertThat(firstPronoun("Il s'agit d'un ancien combattant.")).isNull();
        assertThat(firstPronoun("Il s’avère qu'il mentait.")).isNull();
        assertThat(firstPronoun("Il y a deux ans.")).isNull();
    }

    private PronounLinker.Found firstPronoun(String text) {
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length(), "fr");
        TokenEntries entries = TokenEntries.of(lexicon, "fr", new TokenView(text, tokens), tokens);
        PronounLinker.Found viewed = linker.pronounIn(text, tokens, entries, 0, "fr");
        assertThat(viewed).isEqualTo(linker.pronounIn(text, tokens, Tokens.lowered(text, tokens), 0, "fr"));
        return viewed;
    }
}
