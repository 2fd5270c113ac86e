package org.retour.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jdbi.v3.core.Handle;
import org.retour.model.Figure;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.store.Rows.SearchHit;
import org.retour.store.index.QuerySyntaxException;
import org.retour.store.index.SearchRequest;

/**
 * The store's behaviour, the same on every database: each subclass gives a fresh, empty database.
 */
abstract class CorpusStoreTest {

    @TempDir
    Path tmp;

    StoreLocation location;
    Store store;

    /** A fresh empty database, with its index in {@code dir}. */
    abstract StoreLocation freshLocation(Path dir) throws Exception;

    @BeforeEach
    void open() throws Exception {
        location = freshLocation(tmp);
        store = Store.open(location);
    }

    @AfterEach
    void close() {
        store.close();
    }

    SaveOutcome save(String origin, Analysis a) {
        try (StoreWriter w = store.writer()) {
            return w.save(NewDocument.of("test", origin, a));
        }
    }

    long count(String sql) {
        return store.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }

    List<Long> ids(SearchRequest r) {
        return store.reports().search(r).stream().map(SearchHit::id).toList();
    }

    static SearchRequest query(String q) {
        return SearchRequest.of(q, 10);
    }

    @Test
    void storesEveryLayerOfAnAnalysis() {
        SaveOutcome out = save("afp", Fixtures.french());
        assertThat(out).isInstanceOf(SaveOutcome.Stored.class);
        long id = out.id();
        assertThat(count("SELECT COUNT(*) FROM sentences WHERE document_id = " + id)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM entities WHERE document_id = " + id)).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM entity_aliases")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM mentions")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM quotes WHERE document_id = " + id)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM quotes WHERE parent_id IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM speakers")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM speakers s JOIN entities e ON e.id = s.entity_id "
                + "WHERE e.canonical = 'Didier Le Bret' AND s.voice = 'official'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM figures WHERE value = 244 AND place = 'FR'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM dates WHERE value = '2016-05' AND date_precision = 'month'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM codings WHERE status = 'suggested'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM codings g JOIN quotes q ON q.id = g.quote_id")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM coders WHERE kind IN ('rules', 'model')")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM codes")).isEqualTo(2);
        String quoted = store.jdbi().withHandle(h -> h.createQuery(
                "SELECT d.text, q.span_start, q.span_end, q.text FROM quotes q JOIN documents d ON d.id = q.document_id "
                        + "WHERE q.local_id = 'Q1'").map((rs, ctx) -> {
                            String text = rs.getString(1);
                            assertThat(text.substring(rs.getInt(2), rs.getInt(3))).isEqualTo(rs.getString(4));
                            return rs.getString(4);
                        }).one());
        assertThat(quoted).endsWith("🙂");
    }

    @Test
    void everyDatePrecisionTheAnalysisKnowsCanBeStored() {
        Analysis a = Fixtures.french();
        String t = a.text();
        java.util.List<org.retour.model.DateMention> dates = new java.util.ArrayList<>();
        for (org.retour.model.DatePrecision p : org.retour.model.DatePrecision.values()) {
            dates.add(new org.retour.model.DateMention(new org.retour.model.Span(0, 3), t.substring(0, 3), "2016", p));
        }
        long id = save("precisions", a.with(org.retour.pipeline.Layers.DATES, dates)).id();
        assertThat(count("SELECT COUNT(DISTINCT date_precision) FROM dates WHERE document_id = " + id))
                .isEqualTo(org.retour.model.DatePrecision.values().length);
    }

    @Test
    void theSameInputTwiceChangesNothing() {
        SaveOutcome first = save("afp", Fixtures.french());
        long documents = count("SELECT COUNT(*) FROM documents");
        long quotes = count("SELECT COUNT(*) FROM quotes");
        SaveOutcome second = save("afp", Fixtures.french());
        assertThat(second).isEqualTo(new SaveOutcome.Unchanged(first.id()));
        assertThat(count("SELECT COUNT(*) FROM documents")).isEqualTo(documents);
        assertThat(count("SELECT COUNT(*) FROM quotes")).isEqualTo(quotes);
        assertThat(store.index().count()).isEqualTo(1);
    }

    @Test
    void anExactCopyFromElsewhereIsLinkedToTheFirstAndNotCountedAgain() {
        long first = save("afp", Fixtures.french()).id();
        Analysis copy = Fixtures.plain(Fixtures.FRENCH.replace("\n", "  \n "), "fr", null, "Le Monde");
        SaveOutcome out = save("lemonde", copy);
        assertThat(out).isEqualTo(new SaveOutcome.Duplicate(out.id(), first, "exact", 1.0));
        assertThat(store.reports().totals().canonical()).isEqualTo(1);
        assertThat(store.reports().totals().exactCopies()).isEqualTo(1);
        assertThat(ids(query("coordonnateur"))).containsExactly(first);
        assertThat(count("SELECT COUNT(*) FROM quotes")).isEqualTo(2);
    }

    @Test
    void aNearCopyWithSmallEditsIsLinkedButAnotherArticleIsNot() {
        String base = String.join(" ", java.util.Collections.nCopies(1, Fixtures.FRENCH)) + " " + longFrench();
        long first = save("wire", Fixtures.plain(base, "fr", null, "AFP")).id();
        String edited = base.replace("244", "245").replace("Paris", "Lyon") + " Mis à jour à 18 heures.";
        SaveOutcome near = save("paper", Fixtures.plain(edited, "fr", null, "Ouest-France"));
        assertThat(near).isInstanceOf(SaveOutcome.Duplicate.class);
        SaveOutcome.Duplicate d = (SaveOutcome.Duplicate) near;
        assertThat(d.original()).isEqualTo(first);
        assertThat(d.kind()).isEqualTo("near");
        assertThat(d.similarity()).isBetween(StoreWriter.NEAR_THRESHOLD, 1.0);
        SaveOutcome other = save("other", Fixtures.plain(Fixtures.ENGLISH, "en", null, "BBC"));
        assertThat(other).isInstanceOf(SaveOutcome.Stored.class);
        assertThat(store.reports().totals().nearCopies()).isEqualTo(1);
    }

    @Test
    void aNearCopyIsFoundWhetherItsOriginalsBucketsAreRecentOrMerged() {
        String base = Fixtures.FRENCH + " " + longFrench();
        Handle h = store.jdbi().open();
        try (StoreWriter w = new StoreWriter(store, h, 0, 20)) {
            long first = w.save(NewDocument.of("test", "wire", Fixtures.plain(base, "fr", null, "AFP"))).id();
            assertThat(count("SELECT COUNT(*) FROM lsh_recent WHERE document_id = " + first)).isEqualTo(16);
            assertThat(count("SELECT COUNT(*) FROM lsh_buckets")).isZero();
            SaveOutcome recent = w.save(NewDocument.of("test", "paper",
                    Fixtures.plain(base.replace("244", "245") + " Mis à jour.", "fr", null, "Ouest-France")));
            assertThat(recent).isEqualTo(new SaveOutcome.Duplicate(recent.id(), first, "near",
                    ((SaveOutcome.Duplicate) recent).similarity()));
            long other = w.save(NewDocument.of("test", "bbc", Fixtures.plain(Fixtures.ENGLISH, "en", null, "BBC"))).id();
            assertThat(count("SELECT COUNT(*) FROM lsh_recent")).isZero();
            assertThat(count("SELECT COUNT(*) FROM lsh_buckets WHERE document_id IN (" + first + ", " + other + ")"))
                    .isEqualTo(32);
            SaveOutcome merged = w.save(NewDocument.of("test", "radio",
                    Fixtures.plain(base.replace("Paris", "Lyon") + " Mis à jour à 18 heures.", "fr", null, "RFI")));
            assertThat(merged).isInstanceOf(SaveOutcome.Duplicate.class);
            assertThat(((SaveOutcome.Duplicate) merged).original()).isEqualTo(first);
        }
    }

    @Test
    void aRefusedBatchLeavesTheRecentBucketsAsTheyWere() {
        Handle h = store.jdbi().open();
        try (StoreWriter w = new StoreWriter(store, h, 0, 40)) {
            w.save(NewDocument.of("test", "afp", Fixtures.french()));
            Figure wrong = new Figure(new Span(0, 9), "Officials", 5, 10.0, 1.0, false, null, null, null, null);
            Analysis bad = Fixtures.plain(Fixtures.ENGLISH, "en", null, "BBC").with(Layers.FIGURES, List.of(wrong));
            assertThatThrownBy(() -> w.saveAll(List.of(NewDocument.of("test", "bbc", Fixtures.german()),
                    NewDocument.of("test", "wrong", bad)))).isInstanceOf(StoreWriter.RefusedException.class);
            assertThat(count("SELECT COUNT(*) FROM lsh_recent")).isEqualTo(16);
            w.save(NewDocument.of("test", "spiegel", Fixtures.german()));
            assertThat(count("SELECT COUNT(*) FROM lsh_recent")).isEqualTo(32);
            w.save(NewDocument.of("test", "bbc", Fixtures.plain(Fixtures.ENGLISH, "en", null, "BBC")));
            assertThat(count("SELECT COUNT(*) FROM lsh_recent")).isZero();
            assertThat(count("SELECT COUNT(*) FROM lsh_buckets")).isEqualTo(48);
        }
    }

    static String longFrench() {
        return "Le directeur de l'ICSR a dit que quatre reproches essentiels apparaissent dans leurs témoignages. "
                + "Les pertes récentes en Syrie et en Irak peuvent aussi inciter le mouvement de retour. "
                + "Des dizaines de combattants ont été tués sur plusieurs fronts, selon les moniteurs. "
                + "Certains membres rentrés se plaignent aussi de la discrimination au sein du groupe. "
                + "Une étude entreprise à Londres a mis en place une base de données des combattants rentrés.";
    }

    @Test
    void searchAnalysesEachLanguage() {
        long fr = save("fr", Fixtures.french()).id();
        long de = save("de", Fixtures.german()).id();
        long ar = save("ar", Fixtures.plain(Fixtures.ARABIC, "ar", LocalDate.of(2018, 1, 5), "Al Jazeera")).id();
        long en = save("en", Fixtures.plain(Fixtures.ENGLISH, "en", LocalDate.of(2015, 9, 1), "BBC")).id();
        assertThat(ids(query("déserteur"))).containsExactly(fr);
        assertThat(ids(query("etat"))).containsExactly(fr);
        assertThat(ids(query("Kämpfern"))).containsExactly(de);
        assertThat(ids(query("Rückkehrer"))).containsExactly(de);
        assertThat(ids(query("الرقه"))).containsExactly(ar);
        assertThat(ids(query("return"))).containsExactly(en);
        assertThat(ids(query("fight"))).containsExactly(en);
        assertThat(store.reports().search(query("déserteurs")).get(0).snippet()).contains("**déserteurs**");
        assertThat(ids(query("coordonnat*"))).containsExactly(fr);
        assertThat(store.reports().search(query("coordonnat*")).get(0).snippet()).contains("**coordonnateur**");
        assertThat(ids(query("Kämpf*"))).containsExactly(de);
        assertThat(ids(query("kampfer"))).containsExactly(de);
        assertThat(ids(query("Muslim?"))).containsExactlyInAnyOrder(de, en);
        assertThat(ids(query("Oficials~1"))).containsExactly(en);
    }

    @Test
    void filtersSelectByCodeVoiceSpeakerCountryDateAndLanguage() {
        long fr = save("fr", Fixtures.french()).id();
        long de = save("de", Fixtures.german()).id();
        long en = save("en", Fixtures.plain(Fixtures.ENGLISH, "en", LocalDate.of(2015, 9, 1), "BBC")).id();
        SearchRequest all = query("*");
        assertThat(ids(all)).containsExactlyInAnyOrder(fr, de, en);
        assertThat(ids(with(all, "code", "n1"))).containsExactly(de);
        assertThat(ids(with(all, "code", "N7"))).containsExactly(fr);
        assertThat(ids(with(all, "voice", "defector"))).containsExactlyInAnyOrder(fr, de);
        assertThat(ids(with(all, "voice", "official"))).containsExactly(fr);
        assertThat(ids(with(all, "speaker", "le bret"))).containsExactly(fr);
        assertThat(ids(with(all, "speaker", "ehemaliger kampfer"))).containsExactly(de);
        assertThat(ids(with(all, "country", "de"))).containsExactly(de);
        assertThat(ids(with(all, "lang", "en"))).containsExactly(en);
        SearchRequest range = new SearchRequest("*", null, null, null, null, LocalDate.of(2016, 1, 1),
                LocalDate.of(2016, 12, 31), null, null, 10);
        assertThat(ids(range)).containsExactly(fr);
    }

    static SearchRequest with(SearchRequest r, String filter, String value) {
        return new SearchRequest(r.query(), filter.equals("lang") ? value : null, filter.equals("code") ? value : null,
                filter.equals("voice") ? value : null, filter.equals("speaker") ? value : null, null, null,
                filter.equals("country") ? value : null, null, r.limit());
    }

    @Test
    void aQuerySyntaxErrorIsOneClearLine() {
        save("fr", Fixtures.french());
        assertThatThrownBy(() -> store.reports().search(query("combattants AND (")))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageStartingWith("cannot understand the query 'combattants AND ('")
                .hasMessageContaining("it ends too early")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> store.reports().search(query("AND OR")))
                .hasMessageContaining("unexpected 'AND' at column 1");
    }

    @Test
    void theIndexCatchesUpWithTheDatabaseWhenReopened() {
        long a = save("fr", Fixtures.french()).id();
        try (StoreWriter w = store.writer()) {
            w.save(NewDocument.of("test", "de", Fixtures.german()));
            store.close();
            store = Store.open(location);
        } catch (RuntimeException e) {
            // the writer's index commit fails once its index is closed, as in a crash
        }
        store.close();
        store = Store.open(location);
        assertThat(store.index().count()).isEqualTo(2);
        assertThat(ids(query("Rückkehrer"))).hasSize(1);
        assertThat(ids(query("coordonnateur"))).containsExactly(a);
    }

    @Test
    void aLostIndexIsRebuiltAndReindexGivesTheSameResults() throws Exception {
        save("fr", Fixtures.french());
        save("de", Fixtures.german());
        List<Long> before = ids(with(query("*"), "voice", "defector"));
        store.close();
        org.apache.commons.io.FileUtils.deleteDirectory(location.indexDirectory().toFile());
        store = Store.open(location);
        assertThat(store.reconciled()).isEqualTo(2);
        assertThat(ids(with(query("*"), "voice", "defector"))).containsExactlyInAnyOrderElementsOf(before);
        assertThat(store.reindex()).isEqualTo(2);
        assertThat(ids(with(query("*"), "voice", "defector"))).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void constraintsRefuseBadStates() {
        long id = save("fr", Fixtures.french()).id();
        assertThatThrownBy(() -> store.jdbi().useHandle(h -> h.execute(
                "UPDATE codings SET status = 'maybe' WHERE document_id = ?", id))).isNotNull();
        assertThatThrownBy(() -> store.jdbi().useHandle(h -> h.execute(
                "UPDATE quotes SET speaker_id = NULL WHERE attribution = 'cued'"))).isNotNull();
        assertThatThrownBy(() -> store.jdbi().useHandle(h -> h.execute(
                "INSERT INTO sentences (document_id, ord, span_start, span_end) VALUES (999999, 0, 0, 1)"))).isNotNull();
        assertThatThrownBy(() -> store.jdbi().useHandle(h -> h.execute(
                "UPDATE documents SET duplicate_of = ? WHERE id = ?", id, id))).isNotNull();
        assertThat(count("SELECT COUNT(*) FROM codings WHERE status = 'suggested'")).isEqualTo(2);
    }

    @Test
    void reportsCountQuotesNarrativesAndFigures() {
        save("fr", Fixtures.french());
        save("de", Fixtures.german());
        CorpusReports r = store.reports();
        assertThat(r.documentsByLanguage()).extracting(Rows.Count::label).containsExactlyInAnyOrder("fr", "de");
        assertThat(r.quotesByVoice()).contains(new Rows.Count("official", 1), new Rows.Count("defector", 1),
                new Rows.Count("unattributed", 1));
        assertThat(r.narrativesByVoice()).contains(new Rows.NarrativeCount("N1", "defector", 1),
                new Rows.NarrativeCount("N2", "official", 1), new Rows.NarrativeCount("N7", "defector", 1));
        assertThat(r.quotes("bret", null, null, 10)).singleElement()
                .satisfies(q -> assertThat(q.voice()).isEqualTo("official"));
        assertThat(r.quotes(null, "defector", "N1", 10)).singleElement()
                .satisfies(q -> assertThat(q.speaker()).isEqualTo("ein ehemaliger Kämpfer"));
        assertThat(r.quotes(null, null, "N7", 10)).isEmpty();
        assertThat(r.figures("fr", 10)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(244);
            assertThat(f.date()).isEqualTo("2016-05");
            assertThat(f.statedBy()).isEqualTo("Patrick Calvar");
        });
        assertThat(r.figures("DE", 10)).isEmpty();
    }

    @Test
    void aBackupRestoresEveryRowAndTheIndex() throws Exception {
        save("fr", Fixtures.french());
        save("de", Fixtures.german());
        save("copy", Fixtures.plain(Fixtures.FRENCH, "fr", null, "Copy"));
        Path backup = tmp.resolve("corpus.backup");
        long rows = Backups.backup(store, backup);
        Rows.Totals totals = store.reports().totals();
        store.jdbi().useHandle(h -> h.execute("DELETE FROM codings"));
        assertThat(store.reports().totals().codings()).isZero();
        assertThat(Backups.restore(store, backup)).isEqualTo(rows);
        assertThat(store.reports().totals()).isEqualTo(totals);
        assertThat(count("SELECT COUNT(*) FROM quotes WHERE parent_id IS NOT NULL")).isEqualTo(1);
        assertThat(ids(with(query("*"), "code", "N1"))).hasSize(1);
        SaveOutcome next = save("en", Fixtures.plain(Fixtures.ENGLISH, "en", null, "BBC"));
        assertThat(next).isInstanceOf(SaveOutcome.Stored.class);
    }

    @Test
    void restoringAFileThatIsNotABackupChangesNothing() throws Exception {
        save("fr", Fixtures.french());
        Path bogus = tmp.resolve("bogus.backup");
        java.nio.file.Files.writeString(bogus, "hello");
        assertThatThrownBy(() -> Backups.restore(store, bogus)).isInstanceOf(StoreException.class)
                .hasMessageContaining("not a retour backup");
        assertThat(store.reports().totals().canonical()).isEqualTo(1);
    }

    @Test
    void theIndexEntryMadeAtIngestEqualsTheOneReadBackFromTheDatabase() {
        for (Analysis a : List.of(Fixtures.french(), Fixtures.german())) {
            long id = save("entry", a).id();
            var fromDb = store.jdbi().withHandle(h -> IndexedDocuments.load(h, id));
            var fromAnalysis = IndexedDocuments.fromAnalysis(id, a, fromDb.language(), fromDb.published());
            assertThat(fromAnalysis).isEqualTo(fromDb);
            assertThat(fromDb.codes()).isNotEmpty();
            assertThat(fromDb.voices()).isNotEmpty();
            assertThat(fromDb.countries()).isNotEmpty();
        }
    }

    @Test
    void readersSearchWhileAnotherStoreWrites() {
        long id = save("fr", Fixtures.french()).id();
        assertThatThrownBy(() -> Store.open(location)).isInstanceOf(StoreException.class)
                .hasMessageContaining("in use by another retour process");
        try (Store reader = Store.openForReading(location)) {
            assertThat(reader.index().readOnly()).isTrue();
            assertThat(reader.reports().search(query("coordonnateur"))).extracting(SearchHit::id).containsExactly(id);
            assertThatThrownBy(reader::reindex).isInstanceOf(StoreException.class).hasMessageContaining("searching only");
        }
    }

    @Test
    void aCorpusCreatedWithTheFirstSchemaKeepsItsRowsWhenOpened() throws Exception {
        StoreLocation old = freshLocation(tmp.resolve("v1"));
        var dialect = org.retour.store.db.Databases.dialect(old);
        var ds = org.retour.store.db.Databases.dataSource(old);
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:org/retour/store/migration")
                .placeholders(java.util.Map.of("id", dialect.identityColumn(), "without_rowid", dialect.withoutRowid()))
                .target("1").load().migrate();
        long[] ids = org.jdbi.v3.core.Jdbi.create(ds).withHandle(h -> {
            h.execute("INSERT INTO sources (name, created_at) VALUES ('old', '2020-01-01T00:00:00Z')");
            h.execute("INSERT INTO documents (source_id, input_key, published_inferred, language, language_confidence, "
                    + "language_declared, text, text_hash, chars, ingested_at) SELECT id, 'k', ?, 'fr', 1, ?, 'Texte.', "
                    + "'h', 6, '2020-01-01T00:00:00Z' FROM sources", false, true);
            long doc = h.createQuery("SELECT id FROM documents").mapTo(Long.class).one();
            h.execute("INSERT INTO lsh_buckets (bucket, document_id) VALUES (-7, ?), (42, ?)", doc, doc);
            h.execute("INSERT INTO sentences (document_id, ord, span_start, span_end, language) VALUES (?, 0, 0, 6, 'fr')", doc);
            h.execute("INSERT INTO entities (document_id, local_id, type, canonical) VALUES (?, 'P1', 'person', 'X')", doc);
            long entity = h.createQuery("SELECT id FROM entities").mapTo(Long.class).one();
            h.execute("INSERT INTO entity_aliases (entity_id, alias) VALUES (?, 'Y')", entity);
            return new long[] {doc, entity};
        });
        try (Store opened = Store.open(old)) {
            org.jdbi.v3.core.Jdbi db = opened.jdbi();
            List<Long> buckets = db.withHandle(h -> h.createQuery("SELECT bucket FROM lsh_buckets WHERE document_id = ? "
                    + "ORDER BY bucket").bind(0, ids[0]).mapTo(Long.class).list());
            Integer sentenceEnd = db.withHandle(h -> h.createQuery("SELECT span_end FROM sentences WHERE document_id = ?").bind(0, ids[0])
                    .mapTo(Integer.class).one());
            String alias = db.withHandle(h -> h.createQuery("SELECT alias FROM entity_aliases WHERE entity_id = ?").bind(0, ids[1])
                    .mapTo(String.class).one());
            assertThat(buckets).containsExactly(-7L, 42L);
            assertThat(sentenceEnd).isEqualTo(6);
            assertThat(alias).isEqualTo("Y");
            assertThat(opened.reports().totals().canonical()).isEqualTo(1);
            try (StoreWriter w = opened.writer()) {
                assertThat(w.save(NewDocument.of("test", "new", Fixtures.french()))).isInstanceOf(SaveOutcome.Stored.class);
            }
            Long allBuckets = db.withHandle(h -> h.createQuery("SELECT (SELECT COUNT(*) FROM lsh_buckets) "
                    + "+ (SELECT COUNT(*) FROM lsh_recent)").mapTo(Long.class).one());
            assertThat(allBuckets).isEqualTo(2 + 16);
        }
    }
}
