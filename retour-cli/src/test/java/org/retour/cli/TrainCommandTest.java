package org.retour.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retour.coding.Codebook;
import org.retour.coding.LinearModel;
import org.retour.seed.SeedArticle;

class TrainCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path gold() throws Exception {
        Path g = Files.createDirectories(dir.resolve("gold"));
        Files.writeString(g.resolve("001.txt"), "url: x\ntitle: t\nlang: en\ndate: unknown\n\n"
                + "The weather was fine. \"We were losing ground everywhere,\" the défecteur said. Then he left for Zürich 🙂.",
                StandardCharsets.UTF_8);
        Files.writeString(g.resolve("001.gold.json"), "{\"id\":\"001\",\"lang\":\"en\",\"quotes\":[],\"narratives\":["
                + "{\"code\":\"N6\",\"evidence\":\"We were losing ground everywhere,\",\"via\":\"direct_quote\"}]}",
                StandardCharsets.UTF_8);
        return g;
    }

    private static String standardCodebook() throws Exception {
        try (InputStream in = TrainCommandTest.class.getResourceAsStream("/org/retour/coding/default-codebook.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBadCodebookIsRefusedWithItsFileAndLineBeforeTraining() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.yaml"), standardCodebook().replace("id: N2", "id: N1"),
                StandardCharsets.UTF_8);
        Path model = dir.resolve("m.model");
        CliRun run = CliRun.of("train", "--gold", gold().toString(), "--out", model.toString(), "--codebook", bad.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip()).contains("bad.yaml").contains("N1").doesNotContain("Exception").doesNotContain("\n\tat ");
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(model).doesNotExist();
    }

    @Test
    void aModelTrainedOnAnotherCodebookIsRefusedByAnalyze() throws Exception {
        Path other = Files.writeString(dir.resolve("other.yaml"),
                standardCodebook().replaceFirst("(?m)^version: .*$", "version: \"99\""), StandardCharsets.UTF_8);
        Path model = dir.resolve("other.model");
        CliRun train = CliRun.of("train", "--gold", gold().toString(), "--out", model.toString(), "--codebook", other.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        Path article = Files.writeString(dir.resolve("a.txt"), SeedArticle.text(), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", article.toString(), "--model", model.toString(), "--format", "json");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("retour-default@99").contains("retour-default@" + Codebook.standard().version()).doesNotContain("\tat ");
        CliRun same = CliRun.of("analyze", article.toString(), "--model", model.toString(), "--codebook", other.toString(),
                "--format", "json");
        assertThat(same.exitCode()).as(same.err()).isZero();
    }

    @Test
    void trainingWritesAModelThatAnalyzeUses() throws Exception {
        Path model = dir.resolve("m.model");
        CliRun train = CliRun.of("train", "--gold", gold().toString(), "--out", model.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(model).isNotEmptyFile();
        Matcher m = Pattern.compile("model@([0-9a-f]+)").matcher(train.out());
        assertThat(m.find()).as(train.out()).isTrue();
        String hash = m.group(1);

        Path article = Files.writeString(dir.resolve("a.txt"), SeedArticle.text(), StandardCharsets.UTF_8);
        JsonNode root = JSON.readTree(CliRun.of("analyze", article.toString(), "--model", model.toString(), "--format",
                "json").out());
        assertThat(root.get("codings")).isNotEmpty();
        for (JsonNode c : root.get("codings")) {
            assertThat(c.get("coder").asText()).endsWith("model@" + hash);
        }
        JsonNode plain = JSON.readTree(CliRun.of("analyze", article.toString(), "--format", "json").out());
        for (JsonNode c : plain.get("codings")) {
            assertThat(c.get("coder").asText()).as("the bundled model")
                    .isEqualTo("rules@retour-default-" + Codebook.standard().version() + "+model@" + LinearModel.standard().hash());
        }
        JsonNode rules = JSON.readTree(CliRun.of("analyze", article.toString(), "--rules-only", "--format", "json").out());
        assertThat(rules.get("codings")).hasSameSizeAs(plain.get("codings"));
        for (JsonNode c : rules.get("codings")) {
            assertThat(c.get("coder").asText()).isEqualTo("rules@retour-default-" + Codebook.standard().version());
        }
    }

    @Test
    void aModelAndRulesOnlyTogetherAreAUsageError() throws Exception {
        Path model = dir.resolve("m.model");
        assertThat(CliRun.of("train", "--gold", gold().toString(), "--out", model.toString()).exitCode()).isZero();
        Path article = Files.writeString(dir.resolve("a.txt"), SeedArticle.text(), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", article.toString(), "--model", model.toString(), "--rules-only");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("--model").contains("--rules-only");
    }

    @Test
    void anotherCodebookWithoutItsModelCodesWithTheRulesAloneAndSaysSo() throws Exception {
        Path other = Files.writeString(dir.resolve("other.yaml"),
                standardCodebook().replaceFirst("(?m)^version: .*$", "version: \"99\""), StandardCharsets.UTF_8);
        Path article = Files.writeString(dir.resolve("a.txt"), SeedArticle.text(), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("analyze", article.toString(), "--codebook", other.toString(), "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: the bundled model is for the standard codebook");
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("codings")).isNotEmpty();
        for (JsonNode c : root.get("codings")) {
            assertThat(c.get("coder").asText()).isEqualTo("rules@retour-default-99");
        }
    }

    @Test
    void aGoldFolderThatIsMissingIsAOneLineError() {
        CliRun run = CliRun.of("train", "--gold", dir.resolve("nope").toString(), "--out", dir.resolve("m").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("nope");
    }

    @Test
    void theAnalysisBenchMeasuresTheCodingOfATrainedModelAndRefusesAModelOfAnotherCodebook() throws Exception {
        Path model = dir.resolve("m.model");
        CliRun train = CliRun.of("train", "--gold", gold().toString(), "--out", model.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        CliRun bench = CliRun.of("bench", "analyze", "--articles", "3", "--threads", "1", "--model", model.toString());
        assertThat(bench.exitCode()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("coding adds").contains("one core:")
                .containsPattern("(?m)^  speakers +[0-9.]+ +[0-9]*[1-9][0-9]*\\.[0-9] KB$"); // what the stage allocates
        Path other = Files.writeString(dir.resolve("other.yaml"),
                standardCodebook().replaceFirst("(?m)^version: .*$", "version: \"99\""), StandardCharsets.UTF_8);
        Path otherModel = dir.resolve("other.model");
        assertThat(CliRun.of("train", "--gold", gold().toString(), "--out", otherModel.toString(), "--codebook",
                other.toString()).exitCode()).isZero();
        CliRun refused = CliRun.of("bench", "analyze", "--articles", "3", "--model", otherModel.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err().strip().lines()).hasSize(1);
    }
}
