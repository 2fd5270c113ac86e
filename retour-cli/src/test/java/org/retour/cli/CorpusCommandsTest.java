package org.retour.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus commands end to end, through the command line, on a SQLite file. */
class CorpusCommandsTest {

    @TempDir
    Path tmp;
    String db;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RetourCommand.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void corpus() throws Exception {
        db = tmp.resolve("corpus.db").toString();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("fr.txt"), "« Nous voulions rentrer », a dit un ancien combattant revenu de Raqqa. "
                + "Les combattants étrangers quittent l'État islamique.");
        Files.writeString(in.resolve("en.html"), "<html><head><title>Leaving the group</title></head><body><article><p>"
                + "Foreign fighters are leaving the Islamic State, officials in London said on Friday.</p></article></body></html>");
        Files.writeString(in.resolve("copy.txt"), "« Nous voulions rentrer », a dit un ancien combattant revenu de Raqqa. "
                + "Les combattants étrangers quittent l'État islamique.");
    }

    @Test
    void ingestTwiceThenSearch() throws Exception {
        Run first = run("ingest", tmp.resolve("in").toString(), "--db", db, "--source", "test");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 read, 2 stored, 1 exact copies");
        Run second = run("ingest", tmp.resolve("in").toString(), "--db", db);
        assertThat(second.out()).contains("3 already stored");

        Run search = run("search", "combattant", "--db", db, "--format", "json");
        assertThat(search.code()).as(search.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(search.out());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(json.get("hits").get(0).get("snippet").asText()).contains("**combattant");

        Run english = run("search", "leave", "--db", db, "--lang", "en");
        assertThat(english.out()).contains("1 document matches").contains("Leaving the group");

        Run bad = run("search", "fighters AND (", "--db", db);
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err().strip()).startsWith("retour: cannot understand the query").doesNotContain("\n")
                .doesNotContain("Exception");

        Run badVoice = run("search", "*", "--db", db, "--voice", "nobody");
        assertThat(badVoice.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(badVoice.err()).contains("unknown voice 'nobody'");

        assertThat(run("quotes", "--db", db).out()).startsWith("1 quote").contains("« Nous voulions rentrer »")
                .contains("un ancien combattant (returnee)");
        assertThat(run("quotes", "--db", db, "--voice", "official").out()).startsWith("0 quotes");
        assertThat(run("figures", "--db", db, "--country", "FR").out()).startsWith("no figures");

        Path backup = tmp.resolve("corpus.backup");
        assertThat(run("db", "backup", backup.toString(), "--db", db).code()).isZero();
        String other = tmp.resolve("restored.db").toString();
        Run restore = run("db", "restore", backup.toString(), "--db", other);
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(run("search", "combattant", "--db", other).out()).contains("1 document matches");
        Run reindex = run("reindex", "--db", other);
        assertThat(reindex.out()).startsWith("reindexed 2 documents");
    }

    @Test
    void skippedInputsAreReportedAndTheExitCodeSaysSo() throws Exception {
        Files.write(tmp.resolve("in/latin1.txt"), "Les combattants sont rentrés à l'été, été, été et hiver."
                .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(tmp.resolve("in/lines.jsonl"), "{\"text\": \"Un texte.\"}\n{oops\n");
        Run r = run("ingest", tmp.resolve("in").toString(), tmp.resolve("nothing.txt").toString(), "--db", db);
        assertThat(r.code()).isEqualTo(ExitCodes.PARTIAL);
        assertThat(r.out()).contains("3 skipped");
        assertThat(r.err()).contains("retour: skipped " + tmp.resolve("in/latin1.txt") + ": not UTF-8")
                .contains("lines.jsonl:2: malformed JSON").contains("nothing.txt: no such file or folder")
                .doesNotContain("Exception");
    }

    @Test
    void aDatabaseThatCannotBeOpenedIsOneLine() throws Exception {
        Path notADb = tmp.resolve("text.db");
        Files.writeString(notADb, "this is not a database, only some text that is long enough to be read as a header");
        Run r = run("search", "x", "--db", notADb.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err().strip()).startsWith("retour: cannot open the database").doesNotContain("\n");
    }

    @Test
    void searchingACorpusThatDoesNotExistSaysSoWithoutCreatingIt() {
        Run r = run("search", "x", "--db", tmp.resolve("typo.db").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).startsWith("retour: no corpus at");
        assertThat(tmp.resolve("typo.db")).doesNotExist();
    }

    @Test
    void theDemoIngestsTheSamplesAndShowsTheTables() {
        Path samples = Path.of("..", "samples").toAbsolutePath().normalize();
        Run r = run("demo", "--samples", samples.toString(), "--db", tmp.resolve("demo.db").toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Documents by language").contains("Quotes by voice").contains("Narratives by voice")
                .contains("Figures").contains("Example search").contains("fr");
        assertThat(run("demo", "--samples", samples.toString(), "--db", tmp.resolve("demo.db").toString()).code())
                .isEqualTo(ExitCodes.USAGE);
    }
}
