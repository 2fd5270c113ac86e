package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.entity.TokenView;
import org.retour.model.Token;
import org.retour.resource.ResourceLines;
import org.retour.segment.RuleTokenizer;

/** The head-noun prefilter turns a token away only when the lexicon has no head noun for it. */
class HeadPrefilterTest {

    private static final String[] LANGS = {"fr", "en", "de", "ar", "es"};
    private static final String[] OTHER = {"été", "Élysée", "garçon", "œuvre", "Straße", "Müller", "ÇA", "İstanbul",
        "مقاتل", "والمقاتل", "سابق", "😀", "a😀b", "l’ancien", "d'un", "IS-Kämpfer", "23-year-old", "ex-combattant",
        "Terrorismusexperte", "Verfassungsschutzpräsident", "Dschihadisten", "le", "the", "Rückkehrer", "αβγ", "ΟΔΟΣ"};

    private final PersonLexicon lexicon = PersonLexicon.bundled();
    private final RuleTokenizer tokenizer = RuleTokenizer.bundled();

    @Test
    void aTokenTurnedAwayHasNoHeadNounInAnyLanguage() {
        List<String> heads = heads();
        Random random = new Random(11);
        int turnedAway = 0;
        int kept = 0;
        for (int doc = 0; doc < 200; doc++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 40; w++) {
                String word = random.nextInt(3) == 0 ? OTHER[random.nextInt(OTHER.length)]
                        : heads.get(random.nextInt(heads.size()));
                sb.append(switch (random.nextInt(4)) {
                    case 0 -> word.toUpperCase(Locale.ROOT);
                    case 1 -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    case 2 -> word + (random.nextBoolean() ? "s" : "-" + heads.get(random.nextInt(heads.size())));
                    default -> word;
                }).append(random.nextInt(5) == 0 ? ", " : " ");
            }
            String text = sb.toString();
            for (String lang : LANGS) {
                List<Token> tokens = tokenizer.tokenize(text, 0, text.length(), lang);
                TokenView view = new TokenView(text, tokens);
                for (int k = 0; k < tokens.size(); k++) {
                    if (view.kind(k) != Token.Kind.WORD) {
                        continue;
                    }
                    if (lexicon.mayBeHead(view, k, lang)) {
                        kept++;
                    } else {
                        turnedAway++;
                        assertThat(lexicon.head(view.lower(k), lang)).as("%s in %s", view.surface(k), lang).isNull();
                    }
                }
            }
        }
        assertThat(turnedAway).isPositive();
        assertThat(kept).isPositive();
    }

    @Test
    void everyListedHeadNounIsKeptAsWrittenAndCapitalised() {
        for (String head : heads()) {
            for (String written : List.of(head, head.toUpperCase(Locale.ROOT))) {
                String text = "x " + written + " x";
                for (String lang : LANGS) {
                    List<Token> tokens = tokenizer.tokenize(text, 0, text.length(), lang);
                    TokenView view = new TokenView(text, tokens);
                    for (int k = 0; k < tokens.size(); k++) {
                        if (view.kind(k) == Token.Kind.WORD && lexicon.head(view.lower(k), lang) != null) {
                            assertThat(lexicon.mayBeHead(view, k, lang)).as("%s in %s", written, lang).isTrue();
                        }
                    }
                }
            }
        }
    }

    private static List<String> heads() {
        List<String> out = new ArrayList<>();
        for (String line : ResourceLines.classpath("org/retour/person/person-words.txt")) {
            String[] p = line.split("\\s+");
            if (p.length >= 3 && p[1].equals("head")) {
                out.add(p[2]);
            }
        }
        return out;
    }
}
