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
}
