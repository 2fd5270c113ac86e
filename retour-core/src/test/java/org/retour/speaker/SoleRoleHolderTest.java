package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description opened by a possessive ("His mother", « Sa mère ») stands for the one person named before with
 * a role of that noun, or, for a parent's noun, the one person named with their children; it stays unnamed
 * when two such persons were named.
 */
class SoleRoleHolderTest {

    @Test
    void hisMotherIsTheOneMotherNamedBefore() {
        List<Quote> q = top("Jamil Maranao, 24, surrendered on Saturday. \"I never saw a single peso,\" he said.\n\n"
                + "Their mother, Norhata Maranao, had begged both sons to come home.\n\n"
                + "His mother, who travelled from Butig to attend the ceremony, said: \"I lost one son.\"", "en");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Norhata Maranao");
    }

    @Test
    void hisMotherStaysUnnamedWhenTwoMothersWereNamed() {
        List<Quote> q = top("Jamil Maranao, 24, surrendered on Saturday. \"I never saw a single peso,\" he said.\n\n"
                + "One mother, Norhata Lucman, had begged both sons to come home. Another mother, Amina Dimaporo, waited"
                + " too.\n\n"
                + "His mother, who travelled from Butig to attend the ceremony, said: \"I lost one son.\"", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
    }

    @Test
    void herMotherIsTheOneWomanNamedWithHerChildren() {
        List<Quote> q = top("When Dewi Santika, 44, landed in Jakarta with her husband and four children, she had sold the"
                + " house. \"There was nothing free,\" she said.\n\n"
                + "Noor Huda Ismail, a researcher, said such stories were common. \"It is humiliation,\" he said.\n\n"
                + "The couple's eldest daughter, Aisyah, now 21, remembers the women's police.\n\n"
                + "Her mother nodded. \"We decided to go home that week.\"", "en");
        assertThat(speaker(q.get(2)).name()).isEqualTo("Dewi Santika");
    }

    @Test
    void herMotherStaysUnnamedWhenTwoWomenWereNamedWithChildren() {
        List<Quote> q = top("When Dewi Santika, 44, landed in Jakarta with her husband and four children, she had sold the"
                + " house. \"There was nothing free,\" she said.\n\n"
                + "Her neighbour Sari Wulan, who raised her two sons alone, watched them arrive.\n\n"
                + "Her mother nodded. \"We decided to go home that week.\"", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
    }
}
