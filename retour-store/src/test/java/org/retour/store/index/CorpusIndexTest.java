package org.retour.store.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search index on its own, in a real directory. */
class CorpusIndexTest {

    @TempDir
    Path tmp;

    private static IndexedDocument entry(long id, String text) {
        return new IndexedDocument(id, "fr", "AFP", LocalDate.of(2016, 6, 10), "Titre", text, Set.of(), Set.of(), Set.of(),
                Set.of());
    }

    private static List<Long> search(CorpusIndex index, String query) {
        var q = new CorpusQueries(index.analyzer()).textQuery(SearchRequest.of(query, 10));
        return index.search(q, 10).stream().map(CorpusIndex.Scored::id).sorted().toList();
    }

    private static IndexOptions surfaceOptions(Path dir) throws Exception {
        try (var d = FSDirectory.open(dir); var reader = DirectoryReader.open(d)) {
            return FieldInfos.getMergedFieldInfos(reader).fieldInfo(LanguageAnalyzers.SURFACE).getIndexOptions();
        }
    }

    @Test
    void theSurfaceFieldKeepsNoPositionsAndStillAnswersPrefixWildcardAndFuzzyTerms() throws Exception {
        Path dir = tmp.resolve("index");
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            index.addNew(entry(1, "Les combattants étrangers rentrent en France."));
            index.addNew(entry(2, "Le gouvernement publie un rapport."));
            index.commit("db", 2);
            assertThat(index.surfacePositions()).isFalse();
            assertThat(search(index, "combat*")).containsExactly(1L);
            assertThat(search(index, "comb?ttants")).containsExactly(1L);
            assertThat(search(index, "combatants~")).containsExactly(1L);
            assertThat(search(index, "\"combattants étrangers\"")).containsExactly(1L);
            assertThat(search(index, "rapport* AND gouvernement")).containsExactly(2L);
        }
        assertThat(surfaceOptions(dir)).isEqualTo(IndexOptions.DOCS_AND_FREQS);
    }

    @Test
    void anIndexWrittenWithSurfacePositionsTakesNewDocumentsAndDropsThemWhenRebuilt() throws Exception {
        Path dir = tmp.resolve("old");
        try (var d = FSDirectory.open(dir);
             var w = new IndexWriter(d, new IndexWriterConfig(LanguageAnalyzers.perField()))) {
            Document doc = new Document();
            doc.add(new LongField(CorpusFields.ID, 1, Field.Store.YES));
            doc.add(new TextField(LanguageAnalyzers.SURFACE, "Les combattants rentrent.", Field.Store.NO));
            w.addDocument(doc);
            w.commit();
        }
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            assertThat(index.surfacePositions()).isTrue();
            index.addNew(entry(2, "Des combattants témoignent."));
            index.commit("db", 2);
            assertThat(search(index, "combat*")).containsExactly(1L, 2L);
        }
        assertThat(surfaceOptions(dir)).isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            index.clear();
            index.addNew(entry(3, "Les combattants rentrent."));
            index.commit("db", 3);
            assertThat(index.surfacePositions()).isFalse();
            assertThat(search(index, "combat*")).containsExactly(3L);
        }
        assertThat(surfaceOptions(dir)).isEqualTo(IndexOptions.DOCS_AND_FREQS);
    }
}
