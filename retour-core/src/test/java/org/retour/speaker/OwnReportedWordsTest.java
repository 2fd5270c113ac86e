package org.retour.speaker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.retour.speaker.QuoteAssertions.children;
import static org.retour.speaker.QuoteAssertions.speaker;
import static org.retour.speaker.QuoteAssertions.topLevel;

import org.junit.jupiter.api.Test;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;
import org.retour.quote.TestPipelines;

/**
 * Words a speaker reports inside their own quote after a cue of the first person ("I told him, ‘…’",
 * « Je lui ai répondu : “…” », „Ich sagte ihm: ‚…‘“) are the speaker's own.
 */
class OwnReportedWordsTest {

    @Test
    void wordsAfterIToldHimAreTheSpeakersOwn() {
        Analysis a = TestPipelines.analyze("Rukhsana Malik, 58, waited nine years for her son Tariq to come home from Syria.\n\n"
                + "\"When he finally rang, I told him, 'Come home, whatever they do to you here,'\" Malik said.", "en");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Rukhsana Malik");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner)).isNotNull();
        assertThat(speaker(inner).name()).isEqualTo("Rukhsana Malik");
    }

    @Test
    void lesMotsApresJeLuiAiDitSontCeuxDeLOrateur() {
        Analysis a = TestPipelines.analyze("Son frère Yacine est parti en Syrie en 2014.\n\n"
                + "« Quand il a appelé, je lui ai dit : “Tu as brisé le cœur de notre mère.” Il a raccroché »,"
                + " raconte Nordine Haddad, 40 ans.", "fr");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Nordine Haddad");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner)).isNotNull();
        assertThat(speaker(inner).name()).isEqualTo("Nordine Haddad");
    }

    @Test
    void dieWorteNachIchSagteSindDieDesSprechers() {
        Analysis a = TestPipelines.analyze("Ihr Sohn Jonas war drei Jahre in Syrien.\n\n"
                + "„Am Telefon sagte ich ihm: ‚Komm nach Hause, wir stehen zu dir.‘ Er hat nur geweint“, erzählt"
                + " Petra Albers.", "de");
        Quote outer = topLevel(a).get(0);
        assertThat(speaker(outer).name()).isEqualTo("Petra Albers");
        Quote inner = children(a, outer).get(0);
        assertThat(speaker(inner)).isNotNull();
        assertThat(speaker(inner).name()).isEqualTo("Petra Albers");
    }
}
