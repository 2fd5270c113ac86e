package org.retour.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.entity.TokenView;
import org.retour.model.Token;
import org.retour.person.PersonLexicon.Kind;
import org.retour.resource.ResourceLines;
import org.retour.segment.RuleTokenizer;

/** A token's entries answer every question as the lexicon does for the token's lower-cased or written form. */
class TokenEntriesTest {

    private static final String[] LANGS = {"fr", "en", "de", "ar", "es"};
    private static final String[] OTHER = {"été", "Élysée", "garçon", "œuvre", "Straße", "Müller", "ÇA", "İstanbul",
        "مقاتل", "والمقاتل", "سابق", "هو", "هي", "😀", "a😀b", "l’ancien", "d'un", "IS-Kämpfer", "23-year-old",
        "ajouta-t-il", "Karim", "Amira", "Leïla", "M.", "Mme", "Me", "Dr.", "il", "elle", "he", "she", "Sie",
        "Terrorismusexperte", "Rückkehrer", "αβγ", ",", "«", "»", "—", "2016", "de", "al-Baghdadi"};

    private final PersonLexicon lexicon = PersonLexicon.bundled();
    private final RuleTokenizer tokenizer = RuleTokenizer.bundled();

    @Test
    void everyAnswerIsTheLexiconsForTheTokensForms() {
        List<String> words = listedWords();
        Random random = new Random(5);
        int listed = 0;
        for (int doc = 0; doc < 150; doc++) {
            String text = randomText(random, words);
            for (String lang : LANGS) {
                List<Token> tokens = tokenizer.tokenize(text, 0, text.length(), lang);
                TokenView view = new TokenView(text, tokens);
                TokenEntries withView = TokenEntries.of(lexicon, lang, view, tokens);
                TokenEntries withoutView = new TokenEntries(lexicon, lang, text, tokens, Tokens.lowered(text, tokens), null);
                for (TokenEntries entries : List.of(withView, withoutView)) {
                    // ask in a random order, some tokens twice, so that answers kept from before are checked too
                    for (int q = 0; q < 2 * tokens.size(); q++) {
                        int k = random.nextInt(tokens.size());
                        listed += check(entries, text, tokens.get(k), k, lang) ? 1 : 0;
                    }
                }
            }
        }
        assertThat(listed).isGreaterThan(1000);
    }

    @Test
    void aTitleAndAnHonorificAreReadAsWrittenAndOtherKindsInLowerCase() {
        String text = "Me Lucie Jacobs et M. Karim Le Bret, IL dit";
        List<Token> tokens = tokenizer.tokenize(text, 0, text.length(), "fr");
        TokenEntries entries = TokenEntries.of(lexicon, "fr", new TokenView(text, tokens), tokens);
        assertThat(entries.titleRole(0)).isEqualTo("avocat");
        assertThat(entries.honorific(4)).isTrue();
        assertThat(entries.honorific(3)).isFalse();
        assertThat(entries.givenName(5)).isEqualTo(Gender.MALE);
        assertThat(entries.pronoun(9)).isEqualTo(new Pronoun(Gender.MALE, false));
        assertThat(entries.is(Kind.PREP, 6)).isEqualTo(lexicon.is(Kind.PREP, "le", "fr"));
    }

    /** Checks every answer for token {@code k}; whether its lower-cased form is listed. */
    private boolean check(TokenEntries entries, String text, Token t, int k, String lang) {
        String lower = t.span().of(text).toLowerCase(Locale.ROOT);
        String surface = t.span().of(text);
        String what = surface + " in " + lang;
        assertThat(entries.lower(k)).as(what).isEqualTo(lower);
        assertThat(entries.surface(k)).as(what).isEqualTo(surface);
        for (Kind kind : Kind.values()) {
            assertThat(entries.is(kind, k)).as("%s %s", kind, what).isEqualTo(lexicon.is(kind, lower, lang));
        }
        assertThat(entries.isAny(k, Kind.DET, Kind.PREP, Kind.STOP)).as(what)
                .isEqualTo(lexicon.isAny(lower, lang, Kind.DET, Kind.PREP, Kind.STOP));
        assertThat(entries.listed(k)).as(what).isEqualTo(lexicon.listed(lower, lang));
        assertThat(entries.honorific(k)).as(what).isEqualTo(lexicon.is(Kind.HONORIFIC, surface, lang));
        assertThat(entries.titleRole(k)).as(what).isEqualTo(lexicon.titleRole(surface, lang));
        assertThat(entries.pronoun(k)).as(what).isEqualTo(lexicon.pronoun(lower, lang));
        assertThat(entries.givenName(k)).as(what).isEqualTo(lexicon.firstName(surface));
        assertThat(entries.head(k)).as(what).isEqualTo(lexicon.head(lower, lang));
        return lexicon.listed(lower, lang);
    }

    private static String randomText(Random random, List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 40; w++) {
            String word = random.nextInt(3) == 0 ? OTHER[random.nextInt(OTHER.length)] : words.get(random.nextInt(words.size()));
            sb.append(switch (random.nextInt(4)) {
                case 0 -> word.toUpperCase(Locale.ROOT);
                case 1 -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
                case 2 -> word + "-" + words.get(random.nextInt(words.size()));
                default -> word;
            }).append(random.nextInt(5) == 0 ? ", " : " ");
        }
        return sb.toString();
    }

    /** Every word the person lexicon lists, and some given names. */
    private static List<String> listedWords() {
        List<String> out = new ArrayList<>();
        for (String line : ResourceLines.classpath("org/retour/person/person-words.txt")) {
            String[] p = line.split("\\s+");
            if (p.length >= 3) {
                out.add(p[2]);
            }
        }
        List<String> names = ResourceLines.classpath("org/retour/person/first-names.txt");
        for (int i = 0; i < names.size(); i += 25) {
            out.add(names.get(i).split("\\s+")[0]);
        }
        return out;
    }
}
