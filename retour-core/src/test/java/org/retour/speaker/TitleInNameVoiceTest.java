package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.retour.person.PersonLexicon;
import org.retour.quote.SpeechWords;

/** An office written into the name, as a title before it, is the speaker's voice. */
class TitleInNameVoiceTest {

    private final VoiceContext context = VoiceContext.bundled(VoiceLexicon.bundled(), SpeechWords.NONE,
            PersonLexicon.bundled());

    @Test
    void aNameOpeningWithAnOfficeIsAnOfficial() {
        assertThat(context.titledOfficial("District Judge Helen Marsh", "en")).isTrue();
        assertThat(context.titledOfficial("Chief Superintendent Mark Lyle", "en")).isTrue();
    }

    @Test
    void aFirstNameOrAFormerMembersNameIsNoTitle() {
        assertThat(context.titledOfficial("Helen Marsh", "en")).isFalse();
        assertThat(context.titledOfficial("Marsh", "en")).isFalse();
        assertThat(context.titledOfficial("Emir Hodžić", "en")).isFalse();
        assertThat(context.titledOfficial(null, "en")).isFalse();
    }
}
