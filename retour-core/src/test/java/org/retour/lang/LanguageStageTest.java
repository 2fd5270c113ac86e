package org.retour.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.model.Document;
import org.retour.model.Sentence;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;
import org.retour.seed.SeedArticle;

class LanguageStageTest extends StageContractTest {

    private static final LanguageIdentifier LINGUA = LinguaLanguageIdentifier.forConfig(LanguageConfig.DEFAULT);

    @Override
    protected Stage stage() {
        return new LanguageStage(LINGUA);
    }

    private static String detect(String text) {
        return new LanguageStage(LINGUA).apply(Analysis.of(Document.of(text))).get(Layers.LANGUAGE).code();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fr|Le procès de trois hommes revenus de Syrie s'est ouvert lundi devant le tribunal correctionnel de Paris.",
        "en|Three men who came back from Syria went on trial in London on Monday, accused of joining the group.",
        "de|Drei Männer, die aus Syrien zurückgekehrt sind, stehen seit Montag in Düsseldorf vor Gericht.",
        "ar|بدأت يوم الاثنين محاكمة ثلاثة رجال عادوا من سوريا بتهمة الانضمام إلى التنظيم.",
        "es|Tres hombres que regresaron de Siria fueron juzgados el lunes en Madrid por unirse al grupo.",
        "nl|Drie mannen die uit Syrië zijn teruggekeerd, staan sinds maandag terecht in Antwerpen.",
        "ru|В понедельник в Москве начался суд над тремя мужчинами, вернувшимися из Сирии.",
    })
    void detectsTheLanguageOfANewsSentence(String expected, String text) {
        assertThat(detect(text)).isEqualTo(expected);
    }

    @Test
    void theFoundingArticleIsFrench() {
        assertThat(detect(SeedArticle.text())).isEqualTo("fr");
    }

    @Test
    void aDeclaredLanguageIsKeptWithoutDetection() {
        Analysis a = new LanguageStage(LINGUA).apply(Analysis.of(Document.of("The men came back.").withLanguage("fr")));
        assertThat(a.get(Layers.LANGUAGE).code()).isEqualTo("fr");
        assertThat(a.get(Layers.LANGUAGE).declared()).isTrue();
    }

    @Test
    void textWithoutLettersIsUndetermined() {
        assertThat(detect("1234 5678 !!! 😀")).isEqualTo("und");
        assertThat(detect("")).isEqualTo("und");
    }

    @Test
    void detectionIsRestrictedToTheConfiguredLanguages() {
        LanguageIdentifier frDe = LinguaLanguageIdentifier.forConfig(LanguageConfig.parse("fr,de"));
        String english = "Three men who came back from Syria went on trial in London on Monday.";
        assertThat(frDe.identify(english).code()).isIn("fr", "de");
    }

    @Test
    void anUnknownLanguageCodeIsRejectedWithAClearMessage() {
        assertThatThrownBy(() -> LanguageConfig.parse("fr,xx")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown language code 'xx'");
    }

    @Test
    void aSentenceInAnotherLanguageGetsItsOwnLanguage() {
        String text = "Le procureur a lu devant la cour le message que l'accusé avait envoyé à sa famille depuis Raqqa. "
                + "\"We are coming home, and we will never go back to that place, I promise you all of this,\" he wrote to them. "
                + "قال المقاتل السابق إنه لم يعد يحتمل الحياة تحت حكم التنظيم في المدينة. "
                + "Les avocats de la défense ont demandé une peine plus légère pour leur client.";
        Analysis a = StandardPipeline.create(AnalyzerConfig.DEFAULT).analyze(Document.of(text));
        List<String> langs = a.get(Layers.SENTENCES).stream().map(Sentence::language).toList();
        assertThat(a.get(Layers.LANGUAGE).code()).isEqualTo("fr");
        assertThat(langs).containsExactly("fr", "en", "ar", "fr");
    }

    @Test
    void shortForeignWordsDoNotChangeASentencesLanguage() {
        String text = "Il a répondu « yes, of course » avant de quitter la salle d'audience sous escorte policière.";
        Analysis a = StandardPipeline.create(AnalyzerConfig.DEFAULT).analyze(Document.of(text));
        assertThat(a.get(Layers.SENTENCES)).extracting(Sentence::language).containsOnly("fr");
    }
}
