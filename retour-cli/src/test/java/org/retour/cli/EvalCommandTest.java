package org.retour.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retour.coding.Codebook;

class EvalCommandTest {

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RetourCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private static String mini() throws URISyntaxException {
        return Path.of(EvalCommandTest.class.getResource("gold-mini").toURI()).toString();
    }

    @Test
    void jsonReportCountsGoldPerLanguageAndListsEveryUnmatchedQuote() throws Exception {
        Run r = run("eval", "--gold", mini(), "--format", "json", "--errors");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode gold = new ObjectMapper().readTree(r.out()).get("gold");
        assertThat(gold.get("documents").asInt()).isEqualTo(2);
        JsonNode quotes = gold.get("quotes");
        assertThat(quotes.at("/languages/fr/gold").asInt()).isEqualTo(2);
        assertThat(quotes.at("/languages/en/gold").asInt()).isEqualTo(1);
        JsonNode loose = quotes.at("/overall/loose");
        int tp = loose.get("tp").asInt();
        assertThat(tp + loose.get("fn").asInt()).isEqualTo(3);
        long missed = 0;
        for (JsonNode e : quotes.get("errors")) {
            missed += e.get("kind").asText().equals("MISSED_QUOTE") ? 1 : 0;
        }
        assertThat(missed).isEqualTo(3 - tp);
        assertThat(gold.at("/entities/overall/documents").asInt()).isEqualTo(1);
        assertThat(gold.at("/figures/overall/gold").asInt()).isEqualTo(1);
        assertThat(gold.at("/narratives/overall/documents").asInt()).isEqualTo(2);
        assertThat(gold.at("/narratives/overall/segmentLevel/N7/tp").asInt()
                + gold.at("/narratives/overall/segmentLevel/N7/fn").asInt()).isEqualTo(1);
    }

    @Test
    void textReportHasATableRowPerLanguageAndOneForAll() throws Exception {
        Run r = run("eval", "--gold", mini(), "--lang", "fr");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("retour eval: 1 articles (fr 1)", "Quotes and speakers", "Narratives", "  all  ");
        assertThat(r.out()).doesNotContain("  en  ");
    }

    @Test
    void goldFoldersGivenTogetherAreScoredAsOneSetWithIntervals(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        try (var files = Files.list(Path.of(mini()))) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                Files.copy(f, (name.startsWith("001") ? a : b).resolve(name));
            }
        }
        Run whole = run("eval", "--gold", mini(), "--format", "json");
        Run split = run("eval", "--gold", a.toString(), "--gold", b.toString(), "--format", "json");
        assertThat(split.code()).as(split.err()).isEqualTo(ExitCodes.OK);
        JsonNode w = new ObjectMapper().readTree(whole.out());
        JsonNode s = new ObjectMapper().readTree(split.out());
        assertThat(s.get("gold")).isEqualTo(w.get("gold"));
        JsonNode all = s.at("/intervals/rows/2");
        assertThat(all.get("language").asText()).isEqualTo("all");
        assertThat(all.get("documents").asInt()).isEqualTo(2);
        assertThat(all.at("/speakerAccuracy/value").asDouble())
                .isEqualTo(s.at("/gold/quotes/overall/speaker/correct").asDouble() / s.at("/gold/quotes/overall/speaker/total").asDouble());
        assertThat(all.at("/speakerAccuracy/low").asDouble()).isLessThanOrEqualTo(all.at("/speakerAccuracy/high").asDouble());

        Run text = run("eval", "--gold", a.toString(), "--gold", b.toString());
        assertThat(text.out()).contains("Intervals (95%, bootstrap over articles: 1000 resamples", "narrative macroF1");
    }

    @Test
    void anArticleInTwoGoldFoldersIsAOneLineInputError(@TempDir Path dir) throws Exception {
        Run r = run("eval", "--gold", mini(), "--gold", secondCoder(dir).toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err().strip()).startsWith("retour: article 001 is in both").doesNotContain("\n");
    }

    @Test
    void malformedGoldFailsWithOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("007.txt"), "lang: fr\n\nCorps du texte.");
        Files.writeString(dir.resolve("007.gold.json"), "{\"quotes\": [{\"text\": \"absent\"}]}");
        Run r = run("eval", "--gold", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err().strip()).startsWith("retour: ").contains("007.gold.json").doesNotContain("\n");
    }

    @Test
    void withoutGoldOrPolnearItIsAUsageError() {
        Run r = run("eval");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--gold");
    }

    @Test
    void aModelTrainedOnTheGoldCodesTheScoredArticlesToo(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("mini.model");
        Run train = run("train", "--gold", mini(), "--out", model.toString());
        assertThat(train.code()).as(train.err()).isEqualTo(ExitCodes.OK);
        Run r = run("eval", "--gold", mini(), "--model", model.toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(new ObjectMapper().readTree(r.out()).at("/gold/narratives/overall/documents").asInt()).isEqualTo(2);
        assertThat(new ObjectMapper().readTree(r.out()).at("/narrative_coder").asText()).endsWith("+model@" + hashOf(train.out()));
    }

    private static String hashOf(String trainOutput) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("model@([0-9a-f]+)").matcher(trainOutput);
        assertThat(m.find()).as(trainOutput).isTrue();
        return m.group(1);
    }

    @Test
    void theReportNamesTheCoderAndWarnsThatTheBundledModelWasTrainedOnGoldDev() throws Exception {
        Run bundled = run("eval", "--gold", mini());
        assertThat(bundled.code()).as(bundled.err()).isEqualTo(ExitCodes.OK);
        assertThat(bundled.out()).contains("Narratives coded by rules@retour-default-" + Codebook.standard().version() + "+model@")
                .contains("trained on gold/dev");
        Run rules = run("eval", "--gold", mini(), "--rules-only");
        assertThat(rules.out()).contains("Narratives coded by rules@retour-default-" + Codebook.standard().version() + "\n").doesNotContain("trained on gold/dev");
    }

    @Test
    void aMissingModelIsAOneLineError(@TempDir Path dir) throws Exception {
        Run r = run("eval", "--gold", mini(), "--model", dir.resolve("none.model").toString());
        assertThat(r.code()).isNotEqualTo(ExitCodes.OK);
        assertThat(r.err().strip()).startsWith("retour: ").doesNotContain("\n");
    }

    /** A copy of the mini gold folder in which one speaker is replaced, as a second coder might have it. */
    private static Path secondCoder(Path dir) throws Exception {
        Path copy = Files.createDirectories(dir.resolve("second"));
        try (var files = Files.list(Path.of(mini()))) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName().toString()));
            }
        }
        Path json = copy.resolve("002.gold.json");
        Files.writeString(json, Files.readString(json).replace("\"speaker\": \"Helen Marsh\"", "\"speaker\": \"Tom Reed\""));
        return copy;
    }

    @Test
    void againstScoresASecondAnnotationWithTheSameScorer(@TempDir Path dir) throws Exception {
        Run self = run("eval", "--gold", mini(), "--against", mini(), "--format", "json");
        assertThat(self.code()).as(self.err()).isEqualTo(ExitCodes.OK);
        JsonNode same = new ObjectMapper().readTree(self.out()).get("gold");
        assertThat(same.at("/quotes/overall/speaker/correct").asInt()).isEqualTo(3);
        assertThat(same.at("/quotes/overall/speaker/total").asInt()).isEqualTo(3);

        Run r = run("eval", "--gold", mini(), "--against", secondCoder(dir).toString(), "--format", "json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode other = new ObjectMapper().readTree(r.out()).get("gold");
        assertThat(other.at("/quotes/overall/speaker/correct").asInt()).isEqualTo(2);
        assertThat(other.at("/quotes/overall/loose/tp").asInt()).isEqualTo(3);

        Run text = run("eval", "--gold", mini(), "--against", mini());
        assertThat(text.out()).startsWith("Agreement: ").contains("2 articles both annotate", "Quotes and speakers")
                .doesNotContain("Narratives coded by");
    }

    @Test
    void againstWithAModelOptionIsAUsageErrorAndAnotherTextAnInputError(@TempDir Path dir) throws Exception {
        Run usage = run("eval", "--gold", mini(), "--against", mini(), "--rules-only");
        assertThat(usage.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(usage.err().strip()).startsWith("retour: ").contains("--against").doesNotContain("\n");

        Path second = secondCoder(dir);
        Path txt = second.resolve("001.txt");
        Files.writeString(txt, Files.readString(txt) + "\nUne phrase de plus.");
        Run input = run("eval", "--gold", mini(), "--against", second.toString());
        assertThat(input.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(input.err().strip()).startsWith("retour: ").contains("001", "different texts").doesNotContain("\n");
    }
}
