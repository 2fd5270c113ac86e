package org.retour.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.retour.lang.LanguageConfig;
import org.retour.lang.LanguageStage;
import org.retour.lang.LinguaLanguageIdentifier;
import org.retour.model.Document;
import org.retour.model.Sentence;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Pipeline;
import org.retour.pipeline.Stage;
import org.retour.pipeline.StageContractTest;
import org.retour.seed.SeedArticle;

class SentenceStageTest extends StageContractTest {

    private static final LinguaLanguageIdentifier LINGUA = LinguaLanguageIdentifier.forConfig(LanguageConfig.DEFAULT);
    private static final SentenceSplitter SPLITTER = RuleSentenceSplitter.bundled();

    @Override
    protected Stage stage() {
        return new SentenceStage(SPLITTER, LINGUA);
    }

    @Override
    protected List<Stage> prerequisites() {
        return List.of(new LanguageStage(LINGUA));
    }

    private static List<String> sentences(String text, String lang) {
        Analysis a = Pipeline.builder().add(new LanguageStage(LINGUA)).add(new SentenceStage(SPLITTER, null)).build()
                .analyze(Document.of(text).withLanguage(lang));
        return a.get(Layers.SENTENCES).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void theFoundingArticleHasOneSentencePerSentenceOfItsText() {
        String text = SeedArticle.text();
        List<String> s = sentences(text, "fr");
        assertThat(s).hasSize(12);
        assertThat(s.get(0)).startsWith("Des experts disent").endsWith("vendredi 10 juin.");
        assertThat(s.get(2)).isEqualTo("« Ils sentent que nous sommes entrés en phase finale.");
        assertThat(s.get(3)).startsWith("Plusieurs d'entre eux").endsWith("Didier Le Bret.");
        assertThat(s.get(8)).startsWith("Le directeur de l'ICSR Peter Neumann").endsWith("décevante' ».");
        assertThat(s.get(9)).endsWith("inciter le mouvement de retour.");
        assertThat(s.get(10)).startsWith("Des dizaines de combattants");
        assertThat(s.get(11)).startsWith("Certains membres rentrés");
    }

    @Test
    void frenchTitlesAndAbbreviationsDoNotEndASentence() {
        assertThat(sentences("M. Dupont et Mme. Martin sont arrivés. Le Dr. Haddad les attendait.", "fr"))
                .containsExactly("M. Dupont et Mme. Martin sont arrivés.", "Le Dr. Haddad les attendait.");
        assertThat(sentences("Selon M. Le Bret, 244 personnes sont rentrées. Il l'a dit à l'Assemblée.", "fr"))
                .hasSize(2);
    }

    @Test
    void englishTitlesInitialsAndCountryAbbreviationsDoNotEndASentence() {
        assertThat(sentences("Dr. Peter R. Neumann spoke in the U.S. Congress on Tuesday. He was brief.", "en"))
                .containsExactly("Dr. Peter R. Neumann spoke in the U.S. Congress on Tuesday.", "He was brief.");
        assertThat(sentences("Mr. Smith met St. John at 3.5 p.m. sharp. Then they left.", "en")).hasSize(2);
    }

    @Test
    void initialsLongerThanAnyAbbreviationStillDoNotEndASentence() {
        assertThat(sentences("The A.B.C.D.E.F.G.H. Group met (J.-K.-L.-M.-N. Smith) in Paris. It rained.", "en"))
                .containsExactly("The A.B.C.D.E.F.G.H. Group met (J.-K.-L.-M.-N. Smith) in Paris.", "It rained.");
        assertThat(sentences("Sie wohnten in Deutschland u. a. Sie kamen zurück.", "de")).hasSize(1);
        assertThat(sentences("Sie wohnten in Deutschland. A. kam zurück.", "de"))
                .containsExactly("Sie wohnten in Deutschland.", "A. kam zurück.");
    }

    @Test
    void germanAbbreviationsAndOrdinalDatesDoNotEndASentence() {
        assertThat(sentences("Rückkehrer werden z. B. in Bayern betreut. Das sagte der Minister.", "de"))
                .containsExactly("Rückkehrer werden z. B. in Bayern betreut.", "Das sagte der Minister.");
        assertThat(sentences("Am 10. Juni kehrte er zurück. Seitdem ist er in Haft.", "de"))
                .containsExactly("Am 10. Juni kehrte er zurück.", "Seitdem ist er in Haft.");
    }

    @Test
    void arabicSentencesEndAtArabicAndLatinMarks() {
        List<String> s = sentences("قال المقاتل السابق إنه عاد إلى تونس. هل كان يعرف ما ينتظره؟ لا أحد يعرف.", "ar");
        assertThat(s).containsExactly("قال المقاتل السابق إنه عاد إلى تونس.", "هل كان يعرف ما ينتظره؟", "لا أحد يعرف.");
    }

    @Test
    void aQuoteThatSpansSentencesKeepsItsClosingMarkWithTheAttribution() {
        String text = "« Nous avons tout perdu. Nous voulons rentrer », a dit l'ancien combattant. Il pleurait.";
        assertThat(sentences(text, "fr")).containsExactly("« Nous avons tout perdu.",
                "Nous voulons rentrer », a dit l'ancien combattant.", "Il pleurait.");
        String en = "\"We lost everything.\" He wept.";
        assertThat(sentences(en, "en")).containsExactly("\"We lost everything.\"", "He wept.");
    }

    @Test
    void aLineBreakAlwaysEndsASentence() {
        assertThat(sentences("Titre sans point\nPremier paragraphe. Deuxième phrase", "fr"))
                .containsExactly("Titre sans point", "Premier paragraphe.", "Deuxième phrase");
    }

    @Test
    void numbersWithSeparatorsDoNotEndASentence() {
        assertThat(sentences("About 1,200 people and 3.5 percent returned. Officials said so.", "en")).hasSize(2);
    }

    @Test
    void sentencesExcludeSurroundingWhitespaceAndCountUtf16Units() {
        String text = "  😀 Il est rentré. ";
        List<Sentence> s = Pipeline.builder().add(new LanguageStage(LINGUA)).add(new SentenceStage(SPLITTER, null))
                .build().analyze(Document.of(text).withLanguage("fr")).get(Layers.SENTENCES);
        assertThat(s).hasSize(1);
        assertThat(s.get(0).span().start()).isEqualTo(2);
        assertThat(s.get(0).span().end()).isEqualTo(text.length() - 1);
    }
}
