package org.retour.time;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.entity.Fold;
import org.retour.entity.TokenView;
import org.retour.segment.RuleTokenizer;

/** Numbers written in words, compounds included. */
class NumberWordsTest {

    private static Integer value(String word) {
        return NumberWords.bundled().word(Fold.key(word));
    }

    @Test
    void compoundsOfTensAndUnitsAreReadFromTheirParts() {
        assertThat(value("Sixty-one")).isEqualTo(61);
        assertThat(value("vingt-deux")).isEqualTo(22);
        assertThat(value("trente-et-un")).isEqualTo(31);
        assertThat(value("soixante-quinze")).isEqualTo(75);
        assertThat(value("quatre-vingt-douze")).isEqualTo(92);
        assertThat(value("einundzwanzig")).isEqualTo(21);
        assertThat(value("dreiundvierzig")).isEqualTo(43);
    }

    @Test
    void everyGermanUnitJoinedToTensByUndIsRead() {
        String[] units = {"ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"};
        String[] tens = {"zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig"};
        for (int u = 0; u < units.length; u++) {
            for (int t = 0; t < tens.length; t++) {
                assertThat(value(units[u] + "und" + tens[t])).as(units[u] + "und" + tens[t])
                        .isEqualTo(10 * (t + 2) + u + 1);
            }
        }
        assertThat(value("zwanzigundein")).isNull();
        assertThat(value("hundertundzwanzig")).isNull();
    }

    @Test
    void wordsThatOnlyLookLikeCompoundsAreNoNumbers() {
        assertThat(value("sixty-sixty")).isNull();
        assertThat(value("two-thirty")).isNull();
        assertThat(value("Grund")).isNull();
        assertThat(value("rundzwanzig")).isNull();
        assertThat(value("vingt-cent")).isNull();
        assertThat(value("undzwanzig")).isNull();
        assertThat(value("-vingt-deux")).isNull();
        assertThat(value("zwei-und-zwanzig")).isNull();
        assertThat(value("Stunde")).isNull();
    }

    @Test
    void aTokenReadsAsTheNumberWordOfItsKey() {
        String text = "Deux mille Vingt-Deux einundzwanzig Grund trente-et-un 12 of Sixty-one Stunde "
                + "dreiundvierzig rundzwanzig zwei-und-zwanzig quatre-vingt-douze Neunundneunzig";
        TokenView v = new TokenView(text, RuleTokenizer.bundled().tokenize(text, 0, text.length(), "fr"));
        for (int i = 0; i < v.size(); i++) {
            assertThat(NumberWords.bundled().word(v, i)).as(v.surface(i)).isEqualTo(NumberWords.bundled().word(v.key(i)));
        }
        assertThat(NumberWords.bundled().word(v, 0)).isEqualTo(2);
        assertThat(NumberWords.bundled().word(v, 2)).isEqualTo(22);
    }

    @Test
    void digitsAreReadAsTheirDecimalValue() {
        java.util.Random random = new java.util.Random(17);
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int k = 1 + random.nextInt(15); k > 0; k--) {
                b.append((char) ('0' + random.nextInt(10)));
            }
            String s = b.toString();
            assertThat(NumberWords.digits(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
        assertThat(NumberWords.digits("٢٤٤")).isEqualTo(244.0);
        assertThat(NumberWords.digits("1,200")).isEqualTo(1200.0);
        assertThat(NumberWords.digits("1 200 000")).isEqualTo(1200000.0);
        assertThat(NumberWords.digits("3,5")).isEqualTo(3.5);
        assertThat(NumberWords.digits("1234567890123456")).isNull();
        assertThat(NumberWords.digits("12a")).isNull();
        assertThat(NumberWords.digits("")).isNull();
    }
}
