package org.retour.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.retour.model.DetectedLanguage;
import org.retour.seed.SeedArticle;

class TieredLanguageIdentifierTest {

    private final AtomicInteger fallbackCalls = new AtomicInteger();
    private final LanguageIdentifier countingLingua = text -> {
        fallbackCalls.incrementAndGet();
        return LinguaLanguageIdentifier.forConfig(LanguageConfig.DEFAULT).identify(text);
    };
    private final TieredLanguageIdentifier tiered =
            new TieredLanguageIdentifier(FunctionWordProfile.bundled(), countingLingua, LanguageConfig.DEFAULT);

    @Test
    void aNewsArticleIsDecidedByItsFunctionWordsWithoutLingua() {
        assertThat(tiered.identify(SeedArticle.text()).code()).isEqualTo("fr");
        String german = "Die Bundesanwaltschaft hat Anklage gegen einen Rückkehrer erhoben, der sich in Syrien der Miliz "
                + "angeschlossen haben soll. Der Mann war im Sommer 2014 ausgereist und ist nach Angaben der Behörden "
                + "im Jahr 2016 zurückgekehrt. Er soll an Kämpfen teilgenommen haben, sagte ein Sprecher. Die Ermittler "
                + "werfen ihm vor, dass er die Gruppe auch mit Geld unterstützt hat. Er ist seit dem Frühjahr in Haft "
                + "und hat sich bisher nicht zu den Vorwürfen geäußert. Das Verfahren soll im Herbst beginnen.";
        assertThat(tiered.identify(german).code()).isEqualTo("de");
        assertThat(fallbackCalls.get()).isZero();
    }

    @Test
    void aShortTextGoesToLingua() {
        DetectedLanguage d = tiered.identify("Sie kehrten im Mai aus Syrien zurück.");
        assertThat(d.code()).isEqualTo("de");
        assertThat(fallbackCalls.get()).isEqualTo(1);
    }

    @Test
    void functionWordsOfALanguageOutsideTheConfiguredSetAreNotTrusted() {
        TieredLanguageIdentifier frEn = new TieredLanguageIdentifier(FunctionWordProfile.bundled(), countingLingua,
                LanguageConfig.parse("fr,en"));
        frEn.identify(SeedArticle.text().replace("Des experts", "Die Experten"));
        String german = "Der Mann ist im Mai aus Syrien zurückgekehrt und wurde von der Polizei festgenommen, die ihn "
                + "seit dem Sommer gesucht hat. Er soll sich der Miliz angeschlossen haben, die in der Stadt war. "
                + "Die Ermittler sagen, dass er mit den anderen Kämpfern auch in den Dörfern war und auf dem Markt.";
        frEn.identify(german);
        assertThat(fallbackCalls.get()).isEqualTo(1);
    }
}
