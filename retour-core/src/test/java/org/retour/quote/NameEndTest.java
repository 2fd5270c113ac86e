package org.retour.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.retour.resource.ResourceLines;

class NameEndTest {

    private final NotQuoteLexicon lexicon = NotQuoteLexicon.bundled();
    private final WordShapeQuoteDecision decision = new WordShapeQuoteDecision(lexicon);

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    @Test
    void lowerCasingMapsNoCharacterToOrFromASpaceAnApostropheOrALetterOrDigit() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSurrogate(c)) {
                continue;
            }
            String lower = String.valueOf(c).toLowerCase(Locale.ROOT);
            boolean separator = WordShapeQuoteDecision.isSpace(c) || apostrophe(c);
            for (int k = 0; k < lower.length(); k++) {
                char l = lower.charAt(k);
                assertThat(WordShapeQuoteDecision.isSpace(l) || apostrophe(l)).as("U+%04X", (int) c).isEqualTo(separator);
                if (!Character.isLetterOrDigit(c)) {
                    assertThat(Character.isLetterOrDigit(l)).as("U+%04X", (int) c).isFalse();
                }
            }
            if (c <= 0xFF) {
                assertThat(lower).isEqualTo(String.valueOf(Character.toLowerCase(c)));
            }
        }
    }

    /** Whether the text is a known name, with or without its first word, as the decision looks it up. */
    private boolean knownName(String inner, String language) {
        String norm = WordShapeQuoteDecision.stripEndPunctuation(NotQuoteLexicon.normalize(inner));
        return lexicon.isKnownName(norm) || lexicon.isKnownName(decision.withoutFirstWord(norm, language));
    }

    @Test
    void everyKnownNameAndEveryTextThatIsOneMayEndAName() {
        List<String> names = new ArrayList<>();
        for (String line : ResourceLines.classpath(NotQuoteLexicon.RESOURCE)) {
            String[] p = line.split("\\s+", 3);
            if (p[1].equals("name")) {
                names.add(p[2]);
            }
        }
        assertThat(names).isNotEmpty();
        String[] around = {"", "l'", "L’", "le ", "La ", "the ", "The  ", "die ", " "};
        String[] after = {"", ".", " !", "», ", " …", "  ", "?»"};
        Random random = new Random(5);
        int known = 0;
        for (String name : names) {
            for (String before : around) {
                for (String end : after) {
                    String upper = random.nextBoolean() ? name.toUpperCase(Locale.ROOT) : name;
                    for (String text : List.of(before + name + end, before + upper + end)) {
                        for (String language : List.of("fr", "en", "de", "ar")) {
                            if (knownName(text, language)) {
                                known++;
                                assertThat(lexicon.mayEndAName(text)).as(text).isTrue();
                            }
                        }
                    }
                }
            }
        }
        assertThat(known).isGreaterThan(names.size());
    }

    @Test
    void aTextEndingInAWordNoKnownNameEndsWithIsNone() {
        assertThat(lexicon.mayEndAName("nous partons demain")).isFalse();
        assertThat(lexicon.mayEndAName("  ")).isFalse();
        assertThat(lexicon.mayEndAName("...")).isFalse();
    }
}
