package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The idioms of {@code scopes.txt} that hold a cue word meaning something else (« pendue au téléphone », "hung up
 * on everyone", „am Telefon gehangen“), each beside the plain use of the word that is still coded.
 */
class IdiomScopeTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> codes(String text, String language) {
        return RULES.judge(text, language).stream().map(Judgement::code).toList();
    }

    @Test
    void hangingOnThePhoneIsNoHanging() {
        assertThat(codes("J'étais pendue au téléphone jour et nuit, j'attendais un signe de vie.", "fr")).doesNotContain("N2", "N7");
        assertThat(codes("Il restait pendu à son portable des nuits entières.", "fr")).doesNotContain("N2", "N7");
        assertThat(codes("Elle est restée pendue aux lèvres des élèves.", "fr")).doesNotContain("N2");
        assertThat(codes("Ils ont pendu un homme sur la place, on l'a laissé là trois jours.", "fr")).contains("N2");
    }

    @Test
    void carryingOutOrdersIsNoExecution() {
        assertThat(codes("Au début, il a exécuté les ordres en public, sans poser de questions.", "fr")).doesNotContain("N2");
        assertThat(codes("Ils ont exécuté leurs propres émirs sur la place du marché.", "fr")).contains("N2");
    }

    @Test
    void hangingOutOrHangingUpIsNoHanging() {
        assertThat(codes("We used to hang out in the square after prayers.", "en")).doesNotContain("N2");
        assertThat(codes("We hung out in the street near the market every evening.", "en")).doesNotContain("N2");
        assertThat(codes("They hung a man from the bridge and left him there.", "en")).contains("N2");
        assertThat(codes("We spent the evenings killing time with other Muslims from Belgium.", "en")).doesNotContain("N1");
        assertThat(codes("We were killing other Muslims instead of the regime.", "en")).contains("N1");
    }

    @Test
    void hangingOnThePhoneIsNoHangingInGermanOrArabic() {
        assertThat(codes("Meine Mutter hing am Telefon auf dem Marktplatz, weil es nur dort Empfang gab.", "de")).doesNotContain("N2", "N7");
        assertThat(codes("Am Marktplatz hingen Männer an der Laterne.", "de")).contains("N2");
        assertThat(codes("كانت أمي تشاهد صور الجثث وهي معلقة بالهاتف طوال الليل.", "ar")).doesNotContain("N2", "N7");
        assertThat(codes("رأينا الجثث معلقة على الجسر ثلاثة أيام.", "ar")).contains("N2");
    }
}
