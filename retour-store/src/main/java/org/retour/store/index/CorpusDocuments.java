package org.retour.store.index;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;

/**
 * The Lucene documents of an index: how each field of an {@link IndexedDocument} is indexed.
 *
 * <p>Design decision: the surface field (every text again, unstemmed) answers only prefix, wildcard,
 * fuzzy and regular-expression terms, none of which reads positions, so it keeps document numbers and
 * term frequencies (which fuzzy scoring uses) without positions. Its positions made up 40% of the index
 * and a large part of the cost of adding a document. An index written before keeps positions in that
 * field until it is rebuilt, since Lucene refuses a field whose options change between segments.
 */
final class CorpusDocuments {

    /** The surface field as indexed now: terms and frequencies, no positions. */
    static final FieldType SURFACE = surface(IndexOptions.DOCS_AND_FREQS);
    /** The surface field as indexed before, with positions. */
    static final FieldType SURFACE_WITH_POSITIONS = surface(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);

    private final FieldType surface;

    /** Documents whose surface field is indexed as {@code surface}. */
    CorpusDocuments(FieldType surface) {
        this.surface = surface;
    }

    /** The documents matching an index whose surface field is {@code existing} (null for a new index). */
    static CorpusDocuments matching(FieldInfo existing) {
        boolean positions = existing != null
                && existing.getIndexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0;
        return new CorpusDocuments(positions ? SURFACE_WITH_POSITIONS : SURFACE);
    }

    /** Whether the surface field keeps positions (an index written before they were dropped). */
    boolean surfacePositions() {
        return surface == SURFACE_WITH_POSITIONS;
    }

    private static FieldType surface(IndexOptions options) {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(options);
        t.freeze();
        return t;
    }

    /** The Lucene document of {@code d}. */
    Document of(IndexedDocument d) {
        Document doc = new Document();
        doc.add(new LongField(CorpusFields.ID, d.id(), Field.Store.YES));
        doc.add(new StringField(CorpusFields.LANGUAGE, d.language(), Field.Store.NO));
        String body = d.title() == null ? d.text() : d.title() + "\n" + d.text();
        doc.add(new TextField(LanguageAnalyzers.textField(d.language()), body, Field.Store.NO));
        doc.add(new Field(LanguageAnalyzers.SURFACE, body, surface));
        if (d.outlet() != null) {
            doc.add(new StringField(CorpusFields.OUTLET, d.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (d.published() != null) {
            doc.add(new LongField(CorpusFields.DATE, d.published().toEpochDay(), Field.Store.NO));
        }
        for (String s : d.speakers()) {
            doc.add(new TextField(CorpusFields.SPEAKER, s, Field.Store.NO));
        }
        d.voices().forEach(v -> doc.add(new StringField(CorpusFields.VOICE, v.toLowerCase(Locale.ROOT), Field.Store.NO)));
        d.codes().forEach(c -> doc.add(new StringField(CorpusFields.CODE, c.toUpperCase(Locale.ROOT), Field.Store.NO)));
        d.countries().forEach(c -> doc.add(new StringField(CorpusFields.COUNTRY, c.toUpperCase(Locale.ROOT), Field.Store.NO)));
        return doc;
    }
}
