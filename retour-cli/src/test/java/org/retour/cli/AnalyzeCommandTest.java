package org.retour.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retour.seed.SeedArticle;

class AnalyzeCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void jsonOfTheFoundingArticleHasTheContractFields() throws Exception {
        Path seed = write("seed.txt", SeedArticle.text());
        CliRun run = CliRun.of("analyze", seed.toString(), "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.at("/document/language").asText()).isEqualTo("fr");
        assertThat(root.at("/document/text").asText()).isEqualTo(SeedArticle.text());
        assertThat(root.get("sentences")).hasSize(12);
        for (JsonNode s : root.get("sentences")) {
            assertThat(s.get("start").asInt()).isLessThan(s.get("end").asInt());
            assertThat(s.get("end").asInt()).isLessThanOrEqualTo(SeedArticle.text().length());
            assertThat(s.get("language").asText()).isEqualTo("fr");
        }
        assertThat(root.has("tokens")).isFalse();
        for (String layer : new String[] {"entities", "quotes", "figures", "dates", "codings"}) {
            assertThat(root.get(layer).isArray()).as(layer).isTrue();
        }
    }

    @Test
    void tokensAreIncludedOnlyWhenAskedFor() throws Exception {
        Path p = write("a.txt", "Il a dit « non ».");
        JsonNode root = JSON.readTree(CliRun.of("analyze", p.toString(), "--format", "json", "--tokens", "--lang", "fr").out());
        assertThat(root.get("tokens")).hasSize(7);
        assertThat(root.at("/tokens/4/start").asInt()).isEqualTo(11);
    }

    @Test
    void publishedDateAndDeclaredLanguageAreReported() throws Exception {
        Path p = write("a.txt", "He came back from Syria in May.");
        JsonNode root = JSON.readTree(CliRun.of("analyze", p.toString(), "--format", "json", "--published", "2016-06-10",
                "--lang", "en").out());
        assertThat(root.at("/document/published").asText()).isEqualTo("2016-06-10");
        assertThat(root.at("/document/language").asText()).isEqualTo("en");
    }

    @Test
    void htmlInputIsAnalysedOnItsExtractedText() throws Exception {
        Path p = write("page.html", "<html><body><nav>Menu</nav><p>Il est rentré de Syrie.</p><p>Il a été arrêté.</p></body></html>");
        JsonNode root = JSON.readTree(CliRun.of("analyze", p.toString(), "--format", "json").out());
        assertThat(root.at("/document/text").asText()).isEqualTo("Il est rentré de Syrie.\nIl a été arrêté.");
        assertThat(root.get("sentences")).hasSize(2);
    }

    @Test
    void textFormatIsAReadableSummary() throws Exception {
        Path seed = write("seed.txt", SeedArticle.text());
        CliRun run = CliRun.of("analyze", seed.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Language:    fr").contains("Sentences:   12").contains("phase finale");
    }

    @Test
    void standardInputIsReadWithADash() {
        CliRun run = CliRun.withStdin("Drei Männer sind aus Syrien zurückgekehrt. Sie stehen vor Gericht.".getBytes(
                StandardCharsets.UTF_8), "analyze", "-", "--format", "json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"language\" : \"de\"");
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeOne() {
        CliRun run = CliRun.of("analyze", dir.resolve("nope.txt").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err().strip()).startsWith("retour: ").endsWith("nope.txt: no such file").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        CliRun run = CliRun.of("analyze", write("empty.txt", "").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("empty file").doesNotContain("Exception");
    }

    @Test
    void aBinaryFileIsRefused() throws Exception {
        Path p = Files.write(dir.resolve("x.bin"), new byte[] {1, 2, 3, 0, 0, 4});
        CliRun run = CliRun.of("analyze", p.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("binary file").doesNotContain("\tat ");
    }

    @Test
    void aFileOverTheSizeLimitIsRefused() throws Exception {
        Path p = write("big.txt", "Il est rentré. ".repeat(200));
        CliRun run = CliRun.of("analyze", p.toString(), "--max-size", "1KB");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).contains("over the size limit of 1.0 KB");
    }

    @Test
    void invalidUtf8IsAWarningAndTheAnalysisGoesOn() throws Exception {
        Path p = Files.write(dir.resolve("bad.txt"), new byte[] {'I', 'l', ' ', 'e', 's', 't', ' ', (byte) 0xE9, 't', 'e', '.'});
        CliRun run = CliRun.of("analyze", p.toString(), "--format", "json", "--lang", "fr");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning").contains("1 invalid UTF-8 sequence, the first at byte 7");
        assertThat(run.out()).contains("Il est \uFFFDte.");
    }

    @Test
    void anUnknownLanguageCodeIsAUsageError() throws Exception {
        Path p = write("a.txt", "Bonjour.");
        CliRun run = CliRun.of("analyze", p.toString(), "--lang", "xx");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("unknown language code 'xx'").doesNotContain("Exception");
        CliRun set = CliRun.of("analyze", p.toString(), "--languages", "fr,zz");
        assertThat(set.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(set.err()).contains("unknown language code 'zz'");
    }

    @Test
    void aBadDateIsAUsageError() throws Exception {
        Path p = write("a.txt", "Bonjour.");
        CliRun run = CliRun.of("analyze", p.toString(), "--published", "10/06/2016");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'10/06/2016' is not a date of the form YYYY-MM-DD");
    }

    @Test
    void debugAddsTheStackTraceAfterTheOneLineMessage() {
        CliRun run = CliRun.of("analyze", dir.resolve("nope.txt").toString(), "--debug");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(run.err()).startsWith("retour: ").contains("no such file").contains("InputException").contains("\tat ");
    }

    @Test
    void anUnknownOptionIsAUsageErrorThatPointsToHelp() {
        CliRun run = CliRun.of("analyze", "x.txt", "--colour");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("Unknown option: '--colour'").contains("retour analyze --help");
    }
}
