package org.retour.store;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.retour.model.Coding;
import org.retour.model.Entity;
import org.retour.model.Figure;
import org.retour.model.Quote;
import org.retour.model.Speaker;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;
import org.retour.store.index.IndexedDocument;

/** Reads what the search index holds of a document from its stored rows. */
final class IndexedDocuments {

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

    private IndexedDocuments() {
    }

    /**
     * The index entry of a document just stored from {@code a}: the same as {@link #load} would read
     * back, without the queries.
     */
    static IndexedDocument fromAnalysis(long id, Analysis a, String language, LocalDate published) {
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> voices = new LinkedHashSet<>();
        for (Quote q : a.list(Layers.QUOTES)) {
            Speaker s = q.attribution().speaker();
            if (s != null) {
                if (s.name() != null) {
                    speakers.add(s.name());
                }
                if (s.description() != null) {
                    speakers.add(s.description());
                }
                voices.add(s.voice().label());
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        for (Coding c : a.list(Layers.CODINGS)) {
            codes.add(c.code());
            if (c.holder() != null) {
                voices.add(c.holder());
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (var layer : java.util.List.of(Layers.PERSONS, Layers.ORGANIZATIONS, Layers.PLACES)) {
            for (Entity e : a.list(layer)) {
                addCountry(countries, e.country());
            }
        }
        for (Figure f : a.list(Layers.FIGURES)) {
            addCountry(countries, f.place());
        }
        var doc = a.document();
        return new IndexedDocument(id, language, doc.source().outlet(), published, doc.source().title(), doc.text(),
                speakers, voices, codes, countries);
    }

    private static void addCountry(Set<String> countries, String c) {
        if (c != null && COUNTRY.matcher(c).matches()) {
            countries.add(c.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The index entry of document {@code id}, built from the database alone. */
    static IndexedDocument load(Handle h, long id) {
        record Row(String language, String outlet, String published, String title, String text) {
        }
        Row row = h.createQuery("SELECT language, outlet, published, title, text FROM documents WHERE id = ?")
                .bind(0, id)
                .map((rs, ctx) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .one();
        Set<String> speakers = new LinkedHashSet<>();
        Set<String> voices = new LinkedHashSet<>();
        h.createQuery("SELECT name, description, voice FROM speakers WHERE document_id = ?").bind(0, id)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(r -> {
                    if (r[0] != null) {
                        speakers.add(r[0]);
                    }
                    if (r[1] != null) {
                        speakers.add(r[1]);
                    }
                    voices.add(r[2]);
                });
        Set<String> codes = new LinkedHashSet<>();
        h.createQuery("SELECT c.code, g.holder FROM codings g JOIN codes c ON c.id = g.code_id "
                        + "WHERE g.document_id = ? AND g.status <> 'rejected'").bind(0, id)
                .map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2)})
                .forEach(r -> {
                    codes.add(r[0]);
                    if (r[1] != null) {
                        voices.add(r[1]);
                    }
                });
        Set<String> countries = new LinkedHashSet<>();
        h.createQuery("SELECT country FROM entities WHERE document_id = ? AND country IS NOT NULL "
                        + "UNION SELECT place FROM figures WHERE document_id = ? AND place IS NOT NULL")
                .bind(0, id).bind(1, id).mapTo(String.class)
                .forEach(c -> {
                    if (COUNTRY.matcher(c).matches()) {
                        countries.add(c.toUpperCase(java.util.Locale.ROOT));
                    }
                });
        LocalDate published = null;
        if (row.published() != null && row.published().length() == 10) {
            try {
                published = LocalDate.parse(row.published());
            } catch (java.time.format.DateTimeParseException e) {
                published = null;
            }
        }
        return new IndexedDocument(id, row.language(), row.outlet(), published, row.title(), row.text(), speakers,
                voices, codes, countries);
    }
}
