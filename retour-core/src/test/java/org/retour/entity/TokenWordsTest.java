package org.retour.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokenWordsTest {

    private static void assertReadOf(TokenWords.Word w, String written) {
        String key = Fold.key(written);
        assertThat(w.surface()).isEqualTo(written);
        assertThat(w.key()).isEqualTo(key);
        assertThat(w.lower()).isEqualTo(written.toLowerCase(Locale.ROOT));
        assertThat(w.capitalised()).isEqualTo(Fold.isCapitalised(written));
        assertThat(w.id()).isEqualTo(WordIds.lookup(key));
        assertThat(w.acronym()).isEqualTo(TokenTrie.isAcronym(written));
        assertThat(w.digitKey()).isEqualTo(!key.isEmpty() && Character.isDigit(key.charAt(0)));
        assertThat(w.hash()).isEqualTo(written.hashCode());
    }

    @Test
    void theWordsOfADocumentAreReadAsOneByOneWithTheirPacking() {
        String text = "a\u0000a ab ba été été! Āb Āb ĀĀĀĀ 😀 IS U.S. AT&T UN-Kämpfer NATO Nato ABCDEF ÉU 1990s";
        java.util.List<int[]> ranges = new java.util.ArrayList<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= Math.min(text.length(), start + 9); end++) {
                ranges.add(new int[] {start, end});
            }
        }
        int n = ranges.size();
        int[] starts = ranges.stream().mapToInt(r -> r[0]).toArray();
        int[] ends = ranges.stream().mapToInt(r -> r[1]).toArray();
        for (int round = 0; round < 2; round++) {
            TokenWords.Word[] out = new TokenWords.Word[n];
            TokenWords.local().words(text, starts, ends, n, out);
            for (int i = 0; i < n; i++) {
                assertReadOf(out[i], text.substring(starts[i], ends[i]));
                assertThat(out[i].packed()).isEqualTo(TokenWords.pack(text, starts[i], ends[i] - starts[i]));
            }
        }
    }

    @Test
    void aWordMetAgainIsTheSameWordWithTheSameForms() {
        String text = "L'État a dit: l'État, IS-Kämpfer and ISIS's men; L'État";
        TokenWords table = TokenWords.local();
        TokenWords.Word first = table.word(text, 0, 6);
        TokenWords.Word again = table.word(text, text.lastIndexOf("L'État"), text.length());
        assertThat(again).isSameAs(first);
        assertReadOf(first, "L'État");
        TokenWords.Word lower = table.word(text, 14, 20);
        assertThat(lower.surface()).isEqualTo("l'État");
        assertThat(lower).isNotSameAs(first);
    }

    @Test
    void aWordKeepsItsHyphenHeadAndPossessive() {
        String text = "IS-Kämpfer ISIS's";
        TokenWords.Word hyphen = TokenWords.local().word(text, 0, 10);
        TokenWords.Word possessive = TokenWords.local().word(text, 11, 17);
        assertThat(hyphen.hyphenHead()).isEqualTo("is");
        assertThat(hyphen.possessive()).isFalse();
        assertThat(possessive.hyphenHead()).isNull();
        assertThat(possessive.possessive()).isTrue();
    }

    @Test
    void wordsThatShareASlotEachKeepTheirOwnForms() {
        StringBuilder text = new StringBuilder();
        int words = 3 * TokenWords.SLOTS;
        for (int i = 0; i < words; i++) {
            text.append(i % 2 == 0 ? "Mot" : "كلمة").append(i).append(' ');
        }
        String s = text.toString();
        int start = 0;
        for (int i = 0; i < words; i++) {
            int end = s.indexOf(' ', start);
            assertReadOf(TokenWords.local().word(s, start, end), s.substring(start, end));
            start = end + 1;
        }
    }

    @Test
    void wordsOfOneHashAreToldApartWhetherPackedOrNot() {
        // "Aa" and "BB" share their hash, hence their slot; so do the longer words built of them, packed in
        // 8 bits (7 letters), not packed (8 letters) or with a letter beyond U+00FF ("ĀĀ…" against "ĀĀ…")
        String text = "Aa BB Aa AaAaAaA BBBBBBA BBBBBBBB BBBBBBAa AaBBBBBB ĀĀAaAa ĀĀBBBB l’État 😀x é ÉÉ 😀";
        for (int round = 0; round < 2; round++) {
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf(' ', start);
                end = end < 0 ? text.length() : end;
                assertReadOf(TokenWords.local().word(text, start, end), text.substring(start, end));
                start = end + 1;
            }
        }
        assertThat(TokenWords.hash(text, 0, 2)).isEqualTo(TokenWords.hash(text, 3, 5));
    }

    @Test
    void aPackingHoldsTheWordsLengthAndCharacters() {
        String text = "a\u0000a ab ba été été! Āb Āb ĀĀĀĀ 😀";
        java.util.Set<Long> seen = new java.util.HashSet<>();
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int start = 0; start < text.length(); start++) {
            for (int end = start + 1; end <= Math.min(text.length(), start + 9); end++) {
                long p = TokenWords.pack(text, start, end - start);
                String w = text.substring(start, end);
                if (p != TokenWords.UNPACKED && words.add(w)) {
                    assertThat(seen.add(p)).as(w).isTrue();
                }
                assertThat(p == TokenWords.UNPACKED).as(w).isEqualTo(w.length() > 7
                        || w.length() > 3 && w.chars().anyMatch(c -> c > 0xFF));
            }
        }
    }

    @Test
    void aWordNumberedAfterItWasMetGetsItsNumber() {
        String text = "Zqxwordnumberedlater";
        assertThat(TokenWords.local().word(text, 0, text.length()).id()).isEqualTo(-1);
        int id = WordIds.register("zqxwordnumberedlater");
        assertThat(TokenWords.local().word(text, 0, text.length()).id()).isEqualTo(id);
    }

    @Test
    void anArabicWordKeepsItsReadingsWithoutAProcliticWithTheirNumbers() {
        String text = "والرقة وزير";
        TokenWords.Word w = TokenWords.local().word(text, 0, 6);
        assertThat(w.proclitics()).extracting(TokenView.Proclitic::rest).contains(Fold.key("الرقة"));
        for (TokenView.Proclitic p : w.proclitics()) {
            assertThat(p.currentId()).isEqualTo(WordIds.lookup(p.rest()));
        }
        assertThat(w.proclitics()[0].letters()).isEqualTo(1);
        int later = WordIds.register(Fold.key("زير"));
        TokenWords.Word minister = TokenWords.local().word(text, 7, 11);
        assertThat(minister.proclitics()).extracting(TokenView.Proclitic::rest).containsExactly(Fold.key("زير"));
        assertThat(minister.proclitics()[0].currentId()).isEqualTo(later);
        assertThat(TokenWords.local().word("Raqqa", 0, 5).proclitics()).isEmpty();
    }
}
