package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.top;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;

/**
 * A cue before a quote whose auxiliary is plural (« Plusieurs hommes lui ont décrit … « … » », "Several men have
 * described to her … “…”") gives the words of a group: no one person of the context speaks them, unless a source of
 * the paragraph reports them (« Selon elle, plusieurs hommes ont décrit … »).
 */
class GroupCueSpeakerTest {

    private static final String LEAD_FR = "Nadia Roux, sociologue, a interrogé des revenants. « Beaucoup m'ont parlé de"
            + " l'ennui », rapporte-t-elle.\n\n";

    @Test
    void frenchWordsThatSeveralMenDescribedAreTheGroups() {
        List<Quote> q = top(LEAD_FR + "Plusieurs hommes lui ont décrit des chefs qui s'enrichissaient et « des faveurs"
                + " pour les amis ».", "fr");
        assertThat(speaker(q.get(1))).isNull();
    }

    @Test
    void englishWordsThatSeveralMenHaveDescribedAreTheGroups() {
        List<Quote> q = top("Nadia Roux, a sociologist, interviewed returnees. \"Many spoke to me of boredom,\" she says."
                + "\n\nSeveral men have described to her commanders who grew rich and \"favours for friends\".", "en");
        assertThat(speaker(q.get(1))).isNull();
    }

    @Test
    void aSourceOfTheParagraphKeepsTheGroupsWordsForTheOneWhoReportsThem() {
        List<Quote> q = top(LEAD_FR + "Selon elle, plusieurs hommes ont décrit des chefs qui s'enrichissaient et « des"
                + " faveurs pour les amis ».", "fr");
        assertThat(speaker(q.get(1)).name()).isEqualTo("Nadia Roux");
    }
}
