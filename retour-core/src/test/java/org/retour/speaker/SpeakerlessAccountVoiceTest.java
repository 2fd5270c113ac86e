package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.model.Voice;
import org.retour.pipeline.Analysis;

/**
 * Words no one was found to have spoken that tell of life inside the group in the first person are an unnamed former
 * member's, a returnee's when the article speaks of return: a chaplain, a researcher or a mentor passes them on.
 */
class SpeakerlessAccountVoiceTest {

    private static Quote nestedIn(Analysis a) {
        List<Quote> inner = children(a, topLevel(a).get(0));
        assertThat(inner).hasSize(1);
        return inner.get(0);
    }

    @Test
    void wordsOfLifeInsidePassedOnByAChaplainAreAnUnnamedReturnees() {
        Analysis a = org.retour.quote.TestPipelines.analyze("Depuis 2018, Étienne Marchand, aumônier à la maison d'arrêt"
                + " de Fresnes, écoute des hommes rentrés de Syrie après des années passées dans les rangs de l'État"
                + " islamique. « L'un d'eux m'a dit un jour : “J'ai passé huit mois à garder un pont où personne ne"
                + " passait, et l'émir mangeait à notre place.” Je n'ai pas oublié », raconte-t-il.", "fr");
        assertThat(speaker(topLevel(a).get(0)).name()).isEqualTo("Étienne Marchand");
        Speaker s = speaker(nestedIn(a));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void aFormerFightersWordsQuotedByAResearcherAreAnUnnamedReturnees() {
        Analysis a = org.retour.quote.TestPipelines.analyze("Dr Margaret Hollis has interviewed dozens of Britons who"
                + " returned from Syria after fighting for the Islamic State. \"One young man told me: 'We spent a year"
                + " at a checkpoint in Raqqa and the emir never came to the front.' That stayed with me,\" she said.", "en");
        Speaker s = speaker(nestedIn(a));
        assertThat(s).isNotNull();
        assertThat(s.name()).isNull();
        assertThat(s.voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void germanWordsOfLifeInsidePassedOnByAMentorAreAnUnnamedReturnees() {
        Analysis a = org.retour.quote.TestPipelines.analyze("Jörg Wendler betreut in Bochum Rückkehrer, die aus Syrien"
                + " zurückgekehrt sind, nachdem sie sich dem IS angeschlossen hatten. „Einer sagte mir: ‚Ich war ein Jahr"
                + " beim IS in Rakka und habe nur Wache geschoben.‘ Das hat mich beschäftigt“, sagt Wendler.", "de");
        Speaker s = speaker(nestedIn(a));
        assertThat(s).isNotNull();
        assertThat(s.voice()).isEqualTo(Voice.RETURNEE);
    }

    @Test
    void wordsThatTellNothingOfLifeInsideStayUnattributed() {
        Analysis a = org.retour.quote.TestPipelines.analyze("Depuis 2018, Étienne Marchand, aumônier à la maison d'arrêt"
                + " de Fresnes, écoute des hommes rentrés de Syrie après des années passées dans les rangs de l'État"
                + " islamique. « L'un d'eux m'a dit un jour : “Il fait froid ce matin.” Je n'ai pas oublié »,"
                + " raconte-t-il.", "fr");
        assertThat(speaker(nestedIn(a))).isNull();
    }

    @Test
    void theInsideAccountNeedsAFirstPersonThatOutnumbersThirdPersons() {
        SignalCounts mine = new SignalCounts();
        mine.note(VoiceContext.Signal.SELF);
        mine.note(VoiceContext.Signal.EXPERIENCE);
        assertThat(SpeakerlessAccounts.insideAccount(mine)).isTrue();
        mine.note(VoiceContext.Signal.THIRD);
        assertThat(SpeakerlessAccounts.insideAccount(mine)).isFalse();
    }
}
