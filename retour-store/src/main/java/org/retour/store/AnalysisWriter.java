package org.retour.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.retour.model.Attribution;
import org.retour.model.Coding;
import org.retour.model.DateMention;
import org.retour.model.Entity;
import org.retour.model.Figure;
import org.retour.model.Mention;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.Speaker;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * Writes the layers of analyses that are present (sentences, entities with mentions, quotes with
 * speakers, figures, dates, codings) as rows of their documents, inside the caller's transaction.
 *
 * <p>Rows of every document of a batch go in multi-row statements per table ({@link RowInserter}); the
 * statements inserting entities, speakers and quotes return their ids. One writer per
 * connection, used from one thread.
 */
final class AnalysisWriter {

    /** The codebook codes are filed under until codebooks are loaded by name. */
    static final String DEFAULT_CODEBOOK = "retour";
    static final String DEFAULT_CODEBOOK_VERSION = "1";

    /** A document just inserted with the analysis whose rows are to be written. */
    record Stored(long id, Analysis analysis) {
    }

    /**
     * The ids of codebooks, codes and coders, looked up once per writer; cleared when a transaction
     * fails, since ids it created are gone.
     */
    static final class Lookups {
        private Long codebook;
        private final Map<String, Long> codes = new HashMap<>();
        private final Map<String, Long> coders = new HashMap<>();

        void clear() {
            codebook = null;
            codes.clear();
            coders.clear();
        }
    }

    private final Lookups lookups = new Lookups();
    private final Statements statements;
    private final RowInserter sentences;
    private final RowInserter entities;
    private final RowInserter aliases;
    private final RowInserter mentions;
    private final RowInserter speakers;
    private final RowInserter quotes;
    private final RowInserter figures;
    private final RowInserter dates;
    private final RowInserter codings;

    /** A writer sending its rows through {@code statements}. */
    AnalysisWriter(Statements statements) {
        this.statements = statements;
        sentences = new RowInserter(statements, "sentences", "document_id", "ord", "span_start", "span_end", "language");
        entities = new RowInserter(statements, "entities", "document_id", "local_id", "type", "canonical", "role",
                "country");
        aliases = new RowInserter(statements, "entity_aliases", "entity_id", "alias");
        mentions = new RowInserter(statements, "mentions", "entity_id", "span_start", "span_end", "text", "kind");
        speakers = new RowInserter(statements, "speakers", "document_id", "entity_id", "name", "description", "role",
                "voice");
        quotes = new RowInserter(statements, "quotes", "document_id", "local_id", "span_start", "span_end", "text",
                "partial", "language", "attribution", "speaker_id", "cue_start", "cue_end", "cue_text");
        figures = new RowInserter(statements, "figures", "document_id", "span_start", "span_end", "text", "value", "low",
                "high", "approximate", "counts", "place", "ref_date", "stated_by");
        dates = new RowInserter(statements, "dates", "document_id", "span_start", "span_end", "text", "value",
                "date_precision");
        codings = new RowInserter(statements, "codings", "document_id", "code_id", "coder_id", "span_start", "span_end",
                "quote_id", "holder", "reported_by", "confidence", "evidence", "status", "created_at");
    }

    /** Forgets the rows not sent and the ids of codes and coders, after a transaction that may have created them failed. */
    void discard() {
        lookups.clear();
        for (RowInserter r : List.of(sentences, entities, aliases, mentions, speakers, quotes, figures, dates, codings)) {
            r.discard();
        }
    }

    /** Writes the rows of {@code docs} inside the caller's transaction on {@code h}. */
    void writeAll(Handle h, List<Stored> docs) {
        if (docs.isEmpty()) {
            return;
        }
        writeSentences(docs);
        Map<Long, Map<String, Long>> entityIds = writeEntities(docs);
        Map<Long, Map<String, Long>> quoteIds = writeQuotes(docs, entityIds);
        writeFigures(docs);
        writeDates(docs);
        writeCodings(h, docs, quoteIds);
    }

    private void writeSentences(List<Stored> docs) {
        for (Stored d : docs) {
            int ord = 0;
            for (Sentence s : d.analysis().list(Layers.SENTENCES)) {
                sentences.add(d.id(), ord++, s.span().start(), s.span().end(), s.language());
            }
        }
        sentences.execute();
    }

    private static List<Entity> entities(Analysis a) {
        List<Entity> all = new ArrayList<>(a.list(Layers.PERSONS));
        all.addAll(a.list(Layers.ORGANIZATIONS));
        all.addAll(a.list(Layers.PLACES));
        return all;
    }

    /** Inserts the entities, aliases and mentions; returns each document's entity ids by local id. */
    private Map<Long, Map<String, Long>> writeEntities(List<Stored> docs) {
        for (Stored d : docs) {
            for (Entity e : entities(d.analysis())) {
                entities.add(d.id(), e.id(), e.type().name().toLowerCase(Locale.ROOT), e.canonical(), e.role(),
                        e.country());
            }
        }
        Map<Long, Map<String, Long>> ids = new HashMap<>();
        if (entities.size() == 0) {
            return ids;
        }
        long[] inserted = entities.executeReturningIds();
        int next = 0;
        for (Stored d : docs) {
            Map<String, Long> local = new HashMap<>();
            for (Entity e : entities(d.analysis())) {
                long id = inserted[next++];
                local.put(e.id(), id);
                e.aliases().stream().distinct().forEach(alias -> aliases.add(id, alias));
                for (Mention m : e.mentions()) {
                    mentions.add(id, m.span().start(), m.span().end(), m.text(), m.kind().name().toLowerCase(Locale.ROOT));
                }
            }
            ids.put(d.id(), local);
        }
        aliases.execute();
        mentions.execute();
        return ids;
    }

    /** Inserts the speakers and quotes; returns each document's quote ids by local id. */
    private Map<Long, Map<String, Long>> writeQuotes(List<Stored> docs, Map<Long, Map<String, Long>> entityIds) {
        Map<Long, Map<Speaker, Integer>> order = new HashMap<>();
        for (Stored d : docs) {
            Map<Speaker, Integer> seen = new LinkedHashMap<>();
            Map<String, Long> ents = entityIds.getOrDefault(d.id(), Map.of());
            for (Quote q : d.analysis().list(Layers.QUOTES)) {
                Speaker s = q.attribution().speaker();
                if (s != null && !seen.containsKey(s)) {
                    seen.put(s, seen.size());
                    speakers.add(d.id(), s.entity() == null ? null : ents.get(s.entity()), s.name(), s.description(), s.role(),
                            s.voice().label());
                }
            }
            order.put(d.id(), seen);
        }
        long[] speakerIds = speakers.size() > 0 ? speakers.executeReturningIds() : new long[0];
        int firstSpeaker = 0;
        for (Stored d : docs) {
            Map<Speaker, Integer> seen = order.get(d.id());
            for (Quote q : d.analysis().list(Layers.QUOTES)) {
                Attribution at = q.attribution();
                Long speaker = at.speaker() == null ? null : speakerIds[firstSpeaker + seen.get(at.speaker())];
                String kind = switch (at) {
                    case Attribution.Cued c -> "cued";
                    case Attribution.Contextual c -> "contextual";
                    case Attribution.Unattributed u -> "unattributed";
                };
                var cue = at.cue();
                quotes.add(d.id(), q.id(), q.span().start(), q.span().end(), q.text(), q.partial(), q.language(), kind,
                        speaker, cue == null ? null : cue.span().start(), cue == null ? null : cue.span().end(),
                        cue == null ? null : cue.text());
            }
            firstSpeaker += seen.size();
        }
        Map<Long, Map<String, Long>> ids = new HashMap<>();
        if (quotes.size() == 0) {
            return ids;
        }
        long[] inserted = quotes.executeReturningIds();
        int next = 0;
        for (Stored d : docs) {
            Map<String, Long> local = new HashMap<>();
            for (Quote q : d.analysis().list(Layers.QUOTES)) {
                local.put(q.id(), inserted[next++]);
            }
            ids.put(d.id(), local);
        }
        setParents(docs, ids);
        return ids;
    }

    /** Points partial quotes to the quotes they are part of, now that both have ids. */
    private void setParents(List<Stored> docs, Map<Long, Map<String, Long>> ids) {
        try {
            java.sql.PreparedStatement p = null;
            for (Stored d : docs) {
                Map<String, Long> local = ids.get(d.id());
                for (Quote q : d.analysis().list(Layers.QUOTES)) {
                    if (q.parent() != null && local.containsKey(q.parent())) {
                        p = p != null ? p : statements.get("UPDATE quotes SET parent_id = ? WHERE id = ?");
                        p.setLong(1, local.get(q.parent()));
                        p.setLong(2, local.get(q.id()));
                        p.addBatch();
                    }
                }
            }
            if (p != null) {
                p.executeBatch();
            }
        } catch (java.sql.SQLException e) {
            throw Statements.failed(e);
        }
    }

    private void writeFigures(List<Stored> docs) {
        for (Stored d : docs) {
            for (Figure f : d.analysis().list(Layers.FIGURES)) {
                figures.add(d.id(), f.span().start(), f.span().end(), f.text(), f.value(), f.low(), f.high(), f.approximate(),
                        f.counts(), f.place(), f.date(), f.source());
            }
        }
        figures.execute();
    }

    private void writeDates(List<Stored> docs) {
        for (Stored d : docs) {
            for (DateMention m : d.analysis().list(Layers.DATES)) {
                dates.add(d.id(), m.span().start(), m.span().end(), m.text(), m.value(),
                        m.precision().name().toLowerCase(Locale.ROOT));
            }
        }
        dates.execute();
    }

    private void writeCodings(Handle h, List<Stored> docs, Map<Long, Map<String, Long>> quoteIds) {
        String now = Instant.now().toString();
        for (Stored d : docs) {
            Map<String, Long> local = quoteIds.getOrDefault(d.id(), Map.of());
            for (Coding c : d.analysis().list(Layers.CODINGS)) {
                if (lookups.codebook == null) {
                    lookups.codebook = codebookId(h);
                }
                long codebook = lookups.codebook;
                long code = lookups.codes.computeIfAbsent(c.code(), k -> codeId(h, codebook, k));
                long coder = lookups.coders.computeIfAbsent(c.coder() == null ? "unknown" : c.coder(), k -> coderId(h, k));
                codings.add(d.id(), code, coder, c.span().start(), c.span().end(),
                        c.quote() == null ? null : local.get(c.quote()), c.holder(), c.reportedBy(), c.confidence(),
                        c.evidence(), "suggested", now);
            }
        }
        codings.execute();
    }

    private static long codebookId(Handle h) {
        return h.createQuery("SELECT id FROM codebooks WHERE name = ? AND version = ?")
                .bind(0, DEFAULT_CODEBOOK).bind(1, DEFAULT_CODEBOOK_VERSION).mapTo(Long.class).findOne()
                .orElseGet(() -> h.createQuery("INSERT INTO codebooks (name, version) VALUES (?, ?) RETURNING id")
                        .bind(0, DEFAULT_CODEBOOK).bind(1, DEFAULT_CODEBOOK_VERSION).mapTo(Long.class).one());
    }

    private static long codeId(Handle h, long codebook, String code) {
        return h.createQuery("SELECT id FROM codes WHERE codebook_id = ? AND code = ?")
                .bind(0, codebook).bind(1, code).mapTo(Long.class).findOne()
                .orElseGet(() -> h.createQuery("INSERT INTO codes (codebook_id, code) VALUES (?, ?) RETURNING id")
                        .bind(0, codebook).bind(1, code).mapTo(Long.class).one());
    }

    private static long coderId(Handle h, String name) {
        String kind = name.startsWith("rules") ? "rules" : name.startsWith("model") ? "model"
                : name.startsWith("human") ? "human" : "other";
        return h.createQuery("SELECT id FROM coders WHERE name = ?").bind(0, name).mapTo(Long.class).findOne()
                .orElseGet(() -> h.createQuery("INSERT INTO coders (name, kind) VALUES (?, ?) RETURNING id")
                        .bind(0, name).bind(1, kind).mapTo(Long.class).one());
    }
}
