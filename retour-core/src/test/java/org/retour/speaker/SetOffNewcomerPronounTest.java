package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A pronoun's cue after a quote that opens a paragraph stands for the unnamed newcomer who opened the paragraph
 * before, or the sentence of the verb in it, and reported something after a clause set off by commas (a short complement of place may come between,
 * "A senior official in Sulaimani, speaking …, said"), not for the person named before them.
 */
class SetOffNewcomerPronounTest {

    @Test
    void heAfterAnUnnamedGraduateWhoReportedIsThatGraduate() {
        List<Quote> q = top("Ibrahim Kyari, 27, left the group in 2019. \"We were hungry,\" Kyari said.\n\n"
                + "A third graduate, who asked that his name be withheld, said he had not left because of hunger.\n\n"
                + "\"If they had kept their promise of money, maybe I would still be there,\" he admitted.", "en");
        assertThat(q).hasSize(2);
        assertThat(speaker(q.get(0)).name()).isEqualTo("Ibrahim Kyari");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("A third graduate");
    }

    @Test
    void aShortPlaceComplementMayStandBetweenTheNewcomerAndItsClause() {
        List<Quote> q = top("Ibrahim Kyari, 27, left the group in 2019. \"We were hungry,\" Kyari said.\n\n"
                + "A senior prison official in Maiduguri, speaking on condition that he not be named, said the camp"
                + " held 300 men.\n\n"
                + "\"They all say they were cooks,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("A senior prison official");
    }

    @Test
    void heAfterANamedReporterStillGoesToTheNamedOne() {
        List<Quote> q = top("Ibrahim Kyari, 27, left the group in 2019. \"We were hungry,\" Kyari said.\n\n"
                + "Musa Bukar, who runs the camp, said he had seen many come back.\n\n"
                + "\"Some of them cry at night,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Musa Bukar");
    }

    @Test
    void sheAfterAnUnnamedMotherWhoToldABroadcasterIsThatMother() {
        List<Quote> q = top("“She is not looking for pity,” her lawyer, Tamara Kooistra, said.\n\n"
                + "The woman’s mother, who lives in Zoetermeer and asked not to be named, told regional broadcaster Omroep West"
                + " on Thursday that she had not slept since the ministry called her.\n\n"
                + "“I have been waiting seven years for this phone call,” she said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("The woman’s mother");
    }

    @Test
    void aDefiniteDescriptionThatReportedIsReadForTheNamedPersonItStandsFor() {
        List<Quote> q = top("The presiding judge, Anne Lunde, opened the hearing. “Sit down,” Lunde said.\n\n"
                + "“We were hungry,” the defendant, Omar Haddad, said.\n\n"
                + "The judge, who had read every file, said she would decide on Friday.\n\n"
                + "“The court will take its time,” she said.", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Anne Lunde");
    }

    @Test
    void elleAfterAMotherWhoConfidedWithAnAuxiliaryIsThatMother() {
        List<Quote> q = top("« Il ne cherche pas la pitié », a déclaré son avocate, Me Claire Morin.\n\n"
                + "Sa mère, qui habite Roubaix et a demandé à ne pas être nommée, a confié à France Bleu qu'elle ne"
                + " dormait plus depuis son arrestation.\n\n"
                + "« J'attends cet appel depuis sept ans », dit-elle.", "fr");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("Sa mère");
    }

    @Test
    void anAppositionRightBeforeTheVerbLeavesTheNewcomerWhoOpensTheParagraph() {
        List<Quote> q = top("Bukar Modu, 31, said he had fought for six years.\n\n\"The commanders had three wives,\" he"
                + " said.\n\nA second defector, a 24-year-old who said he was taken from his village near Baga at 17, told"
                + " our correspondent he left after he was chosen for a suicide operation.\n\n\"In January they selected"
                + " me and two other boys to drive a vehicle with explosives,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("A second defector");
    }

    @Test
    void aLaterVerbOfAnotherSubjectLeavesTheNewcomerWhoReportedFirst() {
        List<Quote> q = top("Yusuf also told the researchers that he had seen members of the group kill prisoners near"
                + " Tabqa. “They did not hide it,” he said.\n\nAn Uzbek man, 24, said that fighters from Central Asia were"
                + " routinely placed at the front. He described how three men from his battalion who had tried to reach"
                + " the Turkish border were brought back, declared apostates in the mosque after Friday prayers, and"
                + " shot.\n\n“After that nobody in our battalion even said the word Turkey,” he said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).isEqualTo("An Uzbek man");
    }

    @Test
    void theNewcomerMayOpenTheVerbsSentenceAfterAnotherSentence() {
        List<Quote> q = top("Abu Khaled, 34, left Raqqa in 2017. \"We were the hosts,\" he said.\n\n"
                + "The cuts hit everyone. A Belgian-Moroccan former fighter, who spoke on condition that he not be named,"
                + " said his unit had gone three months without pay.\n\n"
                + "\"Every month there was less to tax,\" he said.", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
        assertThat(speaker(q.get(1)).description()).startsWith("A Belgian-Moroccan former fighter");
    }
}
