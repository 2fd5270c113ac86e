package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A description opened by a possessive ("His mother", « Sa mère ») stands for the one person named before with
 * a role of that noun, and stays unnamed when two such persons were named.
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
                + "Their mother, Norhata Maranao, had begged both sons to come home. Another mother, Amina Lucman, waited"
                + " too.\n\n"
                + "His mother, who travelled from Butig to attend the ceremony, said: \"I lost one son.\"", "en");
        assertThat(speaker(q.get(1)).name()).isNull();
    }
}
