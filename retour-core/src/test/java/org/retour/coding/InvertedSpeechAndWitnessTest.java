package org.retour.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Coding;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * Reported speech told in an inverted clause (« Les francophones, dit-il, … », "the Arabs, he says, …") or as what
 * someone brings up (« l'accusée évoque… ») reports a former fighter's account, unless its pronoun points at an
 * official; a first-person quote telling of being sent or ordered, or of someone never seen again, is a former
 * fighter's own words even when it is given to an official.
 */
class InvertedSpeechAndWitnessTest {

    private static final RuleCoder RULES = RuleCoder.of(Codebook.standard());

    private static List<String> narration(String text, String lang) {
        return RULES.code(Fixtures.analyse(text, lang)).stream().map(Coding::code).toList();
    }

    private static List<String> quoted(String lang, String words) {
        String text = "Le procès s'est ouvert lundi. «" + words + "», a déclaré Jean Dupont.";
        Analysis a = new Fixtures.Quotes(text).add(words, Fixtures.speaker("Jean Dupont", Voice.OFFICIAL), "a déclaré")
                .on(Fixtures.analyse(text, lang));
        return RULES.code(a).stream().filter(c -> "Q1".equals(c.quote())).map(Coding::code).toList();
    }

    @Test
    void anInvertedSayingVerbReportsTheFightersAccount() {
        assertThat(narration("Mehdi est rentré de Syrie en 2018. Les francophones, dit-il, étaient les derniers servis "
                + "à la cantine.", "fr")).contains("N5");
        assertThat(narration("Revenue de Syrie, l'accusée évoque les émirs qui vivaient dans des villas pendant que "
                + "les familles avaient faim.", "fr")).contains("N3");
    }

    @Test
    void anInvertedPronounThatPointsAtAnOfficialKeepsHisOwnView() {
        assertThat(narration("Le ministre Paul Girard a visité le camp. Les francophones, dit-il, étaient les derniers "
                + "servis à la cantine.", "fr")).doesNotContain("N5");
    }

    @Test
    void beingSentOrOrderedIsAWitnessesWordsInAnOfficialsQuote() {
        assertThat(quoted("fr", "On m'a envoyé garder un puits. Les Irakiens étaient payés plus que nous"))
                .contains("N5");
        assertThat(quoted("fr", "L'émir nous a dit que c'était comme ça : les Syriens touchaient plus que nous")).contains("N5");
        assertThat(quoted("en", "I was sent to guard a well. The Iraqis were paid more than us")).contains("N5");
    }

    @Test
    void someoneNeverSeenAgainIsAWitnessesWordsInAnOfficialsQuote() {
        assertThat(quoted("fr", "Les Irakiens étaient payés plus que nous. Mon voisin, on ne l'a plus jamais revu"))
                .contains("N5");
        assertThat(quoted("en", "The Iraqis were paid more than us. My neighbour, we never saw him again")).contains("N5");
    }

    @Test
    void anOfficialsOwnMissionIsNoWitnessesWords() {
        assertThat(quoted("fr", "Selon les dossiers que j'ai lus à Paris, les Irakiens étaient payés plus que les Syriens"))
                .isEmpty();
    }
}
