package org.retour.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retour.model.Document;
import org.retour.sample.SyntheticCorpus;

/**
 * Kills a real ingest process with SIGKILL at several moments, runs the same command again, and checks
 * that every document is stored exactly once and the search index matches the database.
 */
abstract class CrashRecoveryTest {

    static final int ARTICLES = 160;
    static final int NEAR = 12;
    static final int EXACT = 8;

    @TempDir
    Path tmp;

    /** The --db value of a fresh empty database. */
    abstract String freshDatabase() throws Exception;

    /** A JDBC connection to it, for watching from outside the child. */
    abstract Connection connect(String db) throws Exception;

    Path writeInput() throws Exception {
        SyntheticCorpus corpus = SyntheticCorpus.standard();
        ObjectMapper json = new ObjectMapper();
        SplittableRandom rnd = new SplittableRandom(7);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            Document d = corpus.article(99, i);
            lines.add(json.writeValueAsString(Map.of("text", d.text(), "url", "http://crash.example/" + i,
                    "published", d.published().toString())));
        }
        for (int i = 0; i < NEAR; i++) {
            Document d = corpus.article(99, rnd.nextInt(ARTICLES));
            lines.add(json.writeValueAsString(Map.of("text", d.text() + " (mis à jour " + i + ")",
                    "url", "http://copy.example/near/" + i)));
        }
        for (int i = 0; i < EXACT; i++) {
            Document d = corpus.article(99, i * 3);
            lines.add(json.writeValueAsString(Map.of("text", d.text(), "url", "http://copy.example/exact/" + i)));
        }
        Path file = tmp.resolve("articles.jsonl");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (String l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
        return file;
    }

    Process start(String db, Path index, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                IngestChild.class.getName(), db, index.toString(), input.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    static long documents(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM documents")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    @Test
    void aKilledIngestRunAgainStoresEveryDocumentOnceWithAConsistentIndex() throws Exception {
        String db = freshDatabase();
        Path index = tmp.resolve("index");
        Path input = writeInput();
        int total = ARTICLES + NEAR + EXACT;
        int kills = 0;
        for (int threshold : new int[] {1, 40, 100}) {
            Process p = start(db, index, input);
            try (Connection c = connect(db)) {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
                while (p.isAlive() && documents(c) < threshold && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
            }
            if (p.isAlive()) {
                new ProcessBuilder("kill", "-KILL", Long.toString(p.pid())).start().waitFor();
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).isEqualTo(128 + 9);
                kills++;
            }
        }
        assertThat(kills).as("the ingest was killed while running").isGreaterThanOrEqualTo(2);
        Process last = start(db, index, input);
        assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isZero();

        try (Connection c = connect(db); Statement s = c.createStatement()) {
            assertThat(documents(c)).isEqualTo(total);
            assertThat(scalar(s, "SELECT COUNT(DISTINCT uri) FROM documents")).isEqualTo(total);
            assertThat(scalar(s, "SELECT COUNT(*) FROM documents WHERE duplicate_kind = 'exact'")).isEqualTo(EXACT);
            assertThat(scalar(s, "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NULL")
                    + scalar(s, "SELECT COUNT(*) FROM documents WHERE duplicate_kind = 'near'")).isEqualTo(ARTICLES + NEAR);
            assertThat(scalar(s, "SELECT COUNT(*) FROM documents d WHERE duplicate_of IS NULL AND NOT EXISTS "
                    + "(SELECT 1 FROM sentences x WHERE x.document_id = d.id)")).isZero();
        }
        StoreLocation location = StoreLocation.parse(db).withIndex(index);
        try (Store store = Store.open(location)) {
            Set<Long> indexed = new HashSet<>();
            store.index().forEachId(indexed::add);
            Set<Long> canonical = new HashSet<>(store.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM documents WHERE duplicate_of IS NULL").mapTo(Long.class).list()));
            assertThat(indexed).isEqualTo(canonical);
            assertThat(store.index().count()).isEqualTo(canonical.size());
        }
        Process again = start(db, index, input);
        assertThat(again.waitFor(300, TimeUnit.SECONDS)).isTrue();
        List<String> log = Files.readAllLines(tmp.resolve("child.log"));
        assertThat(log.get(log.size() - 1)).isEqualTo("done " + total + " 0 " + total);
    }

    static long scalar(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
