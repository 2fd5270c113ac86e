package org.retour.store.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.retour.analyze.AnalyzerConfig;
import org.retour.analyze.StandardPipeline;
import org.retour.lang.LanguageConfig;
import org.retour.model.Figure;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Pipeline;
import org.retour.pipeline.Stage;
import org.retour.store.Store;
import org.retour.store.StoreLocation;

/** Ingest from every input format, and its handling of bad input, on SQLite. */
class IngesterTest {

    private static Pipeline pipeline;

    @TempDir
    Path tmp;
    Path in;
    Store store;

    @BeforeAll
    static void pipeline() {
        pipeline = StandardPipeline.create(new AnalyzerConfig(LanguageConfig.DEFAULT, false));
    }

    @BeforeEach
    void open() throws Exception {
        in = Files.createDirectories(tmp.resolve("in"));
        store = Store.open(new StoreLocation.Sqlite(tmp.resolve("c.db"), null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    IngestSummary ingest(IngestLimits limits, InputStream stdin, String... args) throws Exception {
        Ingester ingester = new Ingester(store, pipeline, new IngestOptions("test", limits, 2), stdin);
        return ingester.run(InputExpander.expand(List.of(args), tmp), p -> { });
    }

    IngestSummary ingest(String... args) throws Exception {
        return ingest(IngestLimits.DEFAULT, InputStream.nullInputStream(), args);
    }

    long count(String sql) {
        return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    String one(String sql) {
        return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    void everyFormat() throws Exception {
        Samples.write(in.resolve("a.txt"), Samples.FRENCH);
        Samples.write(in.resolve("b.html"), Samples.html("Un retour difficile", Samples.GERMAN));
        Samples.write(in.resolve("c.jsonl"), "{\"text\": \"" + Samples.ARABIC + "\", \"url\": \"http://x.example/ar\", "
                + "\"published\": \"2017-01-02\", \"lang\": \"ar\", \"outlet\": \"Al Akhbar\", \"title\": \"عودة\"}\n"
                + "{\"html\": \"<p>" + Samples.ENGLISH.replace("\"", "\\\"") + " Extra.</p>\", \"url\": \"http://x.example/en\"}\n");
        byte[] warc = Samples.concat(
                Samples.warcRecord("http://news.example/de", "text/html; charset=utf-8",
                        Samples.html("Rückkehr", Samples.GERMAN + " Mehr dazu.")),
                Samples.warcRecord("http://news.example/logo.png", "image/png", "PNG"));
        Samples.write(in.resolve("d.warc"), warc);
        Samples.write(in.resolve("nested/deeper/e.warc.gz"), Samples.gzip(Samples.warcRecord("http://news.example/fr",
                "text/html", Samples.html("Retour", Samples.FRENCH + " Suite."))));
        Samples.write(in.resolve("f.rss"), Samples.rss());
        Samples.write(in.resolve(".hidden/g.txt"), "hidden");
        Samples.write(in.resolve("notes.bin"), new byte[] {0, 1, 2});
    }

    @Test
    void readsEveryFormatFromAFolderRecursively() throws Exception {
        everyFormat();
        IngestSummary s = ingest("in");
        assertThat(s.skipped()).isEmpty();
        assertThat(s.read()).isEqualTo(8);
        assertThat(s.stored() + s.exactCopies() + s.nearCopies()).isEqualTo(8);
        assertThat(one("SELECT title FROM documents WHERE uri LIKE '%b.html'")).isEqualTo("Un retour difficile");
        assertThat(one("SELECT text FROM documents WHERE uri LIKE '%b.html'")).doesNotContain("Accueil", "Journal");
        assertThat(one("SELECT outlet || ' ' || published || ' ' || language FROM documents WHERE uri = 'http://x.example/ar'"))
                .isEqualTo("Al Akhbar 2017-01-02 ar");
        assertThat(one("SELECT title FROM documents WHERE uri = 'http://journal.example/1'")).isEqualTo("Retour de Syrie");
        assertThat(one("SELECT outlet FROM documents WHERE uri = 'http://journal.example/1'")).isEqualTo("Le Journal");
        assertThat(one("SELECT published FROM documents WHERE uri = 'http://journal.example/1'")).isEqualTo("2016-06-10");
        assertThat(count("SELECT COUNT(*) FROM documents WHERE uri = 'http://news.example/fr'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM documents WHERE uri LIKE '%logo.png'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM documents WHERE text = 'hidden'")).isZero();
        assertThat(count("SELECT COUNT(DISTINCT document_id) FROM sentences"))
                .isEqualTo(count("SELECT COUNT(*) FROM documents WHERE duplicate_of IS NULL")).isEqualTo(s.stored());
    }

    @Test
    void theAnalysisWaitingForTheWriterLosesOnlyLayersTheStoreDoesNotKeep() throws Exception {
        Analysis full = pipeline.analyze(new org.retour.model.Document(null, Samples.FRENCH, null, null,
                new org.retour.model.SourceMetadata("a", null, null)));
        Analysis kept = Ingester.stored(full);
        assertThat(full.has(Layers.TOKENS)).isTrue();
        assertThat(kept.has(Layers.TOKENS)).isFalse();
        assertThat(kept.has(Layers.MARKED_QUOTES)).isFalse();
        assertThat(full.has(Layers.WORDS)).isTrue();
        assertThat(kept.has(Layers.WORDS)).isFalse();
        assertThat(kept.layers()).hasSize(full.layers().size() - 3);
        List<String> tables = List.of("sentences", "entities", "entity_aliases", "mentions", "speakers", "quotes",
                "figures", "dates", "codings");
        List<List<String>> rows = new java.util.ArrayList<>();
        for (Analysis a : List.of(full, kept)) {
            try (Store s = Store.open(new StoreLocation.Sqlite(tmp.resolve(rows.size() + ".db"), null));
                 org.retour.store.StoreWriter w = s.writer()) {
                w.save(org.retour.store.NewDocument.of("test", "a", a));
                rows.add(org.retour.store.TableRows.of(s, tables));
            }
        }
        assertThat(rows.get(0)).hasSizeGreaterThan(10).isEqualTo(rows.get(1));
    }

    @Test
    void theSameInputTwiceChangesNothing() throws Exception {
        everyFormat();
        IngestSummary first = ingest("in");
        long rows = count("SELECT COUNT(*) FROM documents") + count("SELECT COUNT(*) FROM sentences");
        IngestSummary second = ingest("in");
        assertThat(second.unchanged()).isEqualTo(first.read());
        assertThat(second.stored() + second.exactCopies() + second.nearCopies()).isZero();
        assertThat(count("SELECT COUNT(*) FROM documents") + count("SELECT COUNT(*) FROM sentences")).isEqualTo(rows);
    }

    @Test
    void aGlobTakesOnlyTheFilesItMatches() throws Exception {
        everyFormat();
        IngestSummary s = ingest("in/**/*.warc.gz");
        assertThat(s.read()).isEqualTo(1);
        assertThat(ingest("in/*.nothing").skipped()).singleElement()
                .satisfies(k -> assertThat(k.reason()).isEqualTo("no file matches this pattern"));
    }

    @Test
    void standardInputIsReadAsOneDocumentOrAsJsonLines() throws Exception {
        IngestSummary text = ingest(IngestLimits.DEFAULT,
                new ByteArrayInputStream(Samples.FRENCH.getBytes(StandardCharsets.UTF_8)), "-");
        assertThat(text.stored()).isEqualTo(1);
        String jsonl = "{\"text\": \"" + Samples.GERMAN.replace("\"", "\\\"") + "\"}\n{\"text\": \"" + Samples.ARABIC + "\"}\n";
        IngestSummary lines = ingest(IngestLimits.DEFAULT, new ByteArrayInputStream(jsonl.getBytes(StandardCharsets.UTF_8)), "-");
        assertThat(lines.stored()).isEqualTo(2);
        assertThat(one("SELECT uri FROM documents WHERE language = 'ar'")).isEqualTo("<stdin>:2");
    }

    @Test
    void badInputIsReportedAndSkippedAndWhatIsStoredStaysAsItWas() throws Exception {
        Samples.write(in.resolve("good.txt"), Samples.FRENCH);
        assertThat(ingest("in/good.txt").stored()).isEqualTo(1);
        String before = one("SELECT text_hash || ingested_at FROM documents");

        Path bad = Files.createDirectories(tmp.resolve("bad"));
        Samples.write(bad.resolve("latin1.txt"), "Les combattants étrangers sont rentrés à Lyon, été et hiver, "
                .repeat(3).getBytes(StandardCharsets.ISO_8859_1));
        Samples.write(bad.resolve("lines.jsonl"), "{\"text\": \"" + Samples.ENGLISH.replace("\"", "\\\"") + "\"}\n"
                + "{\"text\": \"unterminated\n{\"title\": \"no text\"}\n");
        byte[] two = Samples.concat(Samples.warcRecord("http://w.example/1", "text/html", Samples.html("Un", Samples.GERMAN)),
                Samples.warcRecord("http://w.example/2", "text/html", Samples.html("Deux", Samples.ARABIC)));
        Samples.write(bad.resolve("cut.warc"), java.util.Arrays.copyOf(two, two.length - 120));
        Samples.write(bad.resolve("bomb.jsonl.gz"), Samples.gzip(new byte[8 << 20]));
        Samples.write(bad.resolve("huge.txt"), "mot ".repeat(40_000));
        Samples.write(bad.resolve("empty.txt"), "");
        Path unreadable = Path.of("/proc/self/mem");
        if (Files.exists(unreadable)) {
            Files.createSymbolicLink(bad.resolve("unreadable.txt"), unreadable);
        }
        IngestSummary s = ingest(new IngestLimits(100_000, 1 << 20), InputStream.nullInputStream(), "bad", "missing.txt");

        assertThat(s.partial()).isTrue();
        assertThat(s.skipped()).extracting(Skip::toString).anySatisfy(m -> assertThat(m).contains("latin1.txt: not UTF-8"))
                .anySatisfy(m -> assertThat(m).contains("lines.jsonl:2: malformed JSON"))
                .anySatisfy(m -> assertThat(m).contains("lines.jsonl:3: no \"text\" or \"html\" field"))
                .anySatisfy(m -> assertThat(m).contains("cut.warc").contains("truncated"))
                .anySatisfy(m -> assertThat(m).contains("bomb.jsonl.gz").contains("gzip bomb"))
                .anySatisfy(m -> assertThat(m).contains("huge.txt: over the size limit"))
                .anySatisfy(m -> assertThat(m).contains("empty.txt: empty file"))
                .anySatisfy(m -> assertThat(m).isEqualTo("missing.txt: no such file or folder"));
        if (Files.exists(unreadable)) {
            assertThat(s.skipped()).extracting(Skip::toString).anySatisfy(m -> assertThat(m).contains("unreadable.txt: cannot be read"));
        }
        assertThat(s.stored()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM documents WHERE uri = 'http://w.example/1'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM documents WHERE uri = 'http://w.example/2'")).isZero();
        assertThat(one("SELECT text_hash || ingested_at FROM documents WHERE id = 1")).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM documents")).isEqualTo(3);
    }

    @Test
    void aDocumentTheDatabaseRefusesIsSkippedAndTheRestOfItsBatchIsStored() throws Exception {
        Samples.write(in.resolve("a.txt"), Samples.FRENCH);
        Samples.write(in.resolve("b.txt"), Samples.GERMAN);
        Samples.write(in.resolve("c.txt"), Samples.ENGLISH);
        Pipeline.Builder b = Pipeline.builder();
        pipeline.stages().forEach(b::add);
        Pipeline refusing = b.add(new WrongFigure("Mutter")).build();
        Ingester ingester = new Ingester(store, refusing, new IngestOptions("test", IngestLimits.DEFAULT, 2),
                InputStream.nullInputStream());
        IngestSummary s = ingester.run(InputExpander.expand(List.of("in"), tmp), p -> { });
        assertThat(s.stored()).isEqualTo(2);
        assertThat(s.skipped()).singleElement().satisfies(k -> {
            assertThat(k.where()).endsWith("b.txt");
            assertThat(k.reason()).startsWith("refused by the database (").contains("CHECK constraint failed");
        });
        assertThat(count("SELECT COUNT(*) FROM documents")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM documents WHERE text LIKE '%Mutter%'")).isZero();
        assertThat(store.index().count()).isEqualTo(2);
    }

    /** A stage that gives documents containing a word a figure whose bounds the schema refuses. */
    private record WrongFigure(String word) implements Stage {
        @Override
        public String name() {
            return "wrong-figure";
        }

        @Override
        public Set<Layer<?>> requires() {
            return Set.of();
        }

        @Override
        public Set<Layer<?>> provides() {
            return Set.of(Layers.FIGURES);
        }

        @Override
        public Analysis apply(Analysis a) {
            return !a.text().contains(word) ? a : a.with(Layers.FIGURES,
                    List.of(new Figure(new Span(0, 1), a.text().substring(0, 1), 5, 10.0, 1.0, false, null, null, null, null)));
        }
    }
}
