package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.coding.RuleCodes.codes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Another's wish to go home told a sentence before or after how he was punished for it (« Un ami a demandé à son émir
 * l'autorisation de voir sa mère malade. On ne l'a jamais revu. »), or as his only crime ("His only crime was that he
 * missed his mother"), is what those who want out are punished for (N7), not the holder's home and family (N9), even
 * in a letter or a call to a parent (« Papa, ils ont pendu un Tunisien… »).
 */
class VictimsWishBesideItsPunishmentTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Un ami de Casablanca a demandé à son émir l'autorisation de voir sa mère malade. On ne l'a jamais revu.",
            "en; My roommate was picked up by the hisba two days after he told me he wanted to go back to Jordan. We never saw him again.",
            "en; They said he was a spy. His only crime was that he missed his mother.",
            "fr; Ils ont dit qu'il était un apostat. Son seul crime, c'était de vouloir revoir ses enfants.",
            "fr; Papa, ils ont pendu un Tunisien sur la place parce qu'il voulait rentrer chez lui.",
            "en; Mum, they executed two boys from our street because they wanted to go home."})
    void victimsWishIsNoHomeAndFamily(String lang, String text) {
        assertThat(codes(text, lang)).doesNotContain("N9");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "fr; Je voulais revoir ma mère. Ceux qui essayaient de partir, on ne les a jamais revus.",
            "en; I wanted to go back to my mother. We never saw him again."})
    void holdersOwnWishBesideAPunishmentStillCounts(String lang, String text) {
        assertThat(codes(text, lang)).contains("N9");
    }
}
