package org.retour.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
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
 * Writes the layers of an analysis that are present (sentences, entities with mentions, quotes with
 * speakers, figures, dates, codings) as rows of one document, inside the caller's transaction.
 */
final class AnalysisWriter {

    /** The codebook codes are filed under until codebooks are loaded by name. */
    static final String DEFAULT_CODEBOOK = "retour";
    static final String DEFAULT_CODEBOOK_VERSION = "1";

    private AnalysisWriter() {
    }

    static void write(Handle h, long doc, Analysis a) {
        writeSentences(h, doc, a.list(Layers.SENTENCES));
        Map<String, Long> entities = new HashMap<>();
        List<Entity> all = new ArrayList<>(a.list(Layers.PERSONS));
        all.addAll(a.list(Layers.ORGANIZATIONS));
        all.addAll(a.list(Layers.PLACES));
        for (Entity e : all) {
            entities.put(e.id(), writeEntity(h, doc, e));
        }
        Map<String, Long> quotes = writeQuotes(h, doc, a.list(Layers.QUOTES), entities);
        writeFigures(h, doc, a.list(Layers.FIGURES));
        writeDates(h, doc, a.list(Layers.DATES));
        writeCodings(h, doc, a.list(Layers.CODINGS), quotes);
    }

    private static void writeSentences(Handle h, long doc, List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO sentences (document_id, ord, span_start, span_end, language) "
                + "VALUES (?, ?, ?, ?, ?)");
        int ord = 0;
        for (Sentence s : sentences) {
            b.add(doc, ord++, s.span().start(), s.span().end(), s.language());
        }
        b.execute();
    }

    private static long writeEntity(Handle h, long doc, Entity e) {
        long id = h.createQuery("INSERT INTO entities (document_id, local_id, type, canonical, role, country) "
                        + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .bind(0, doc).bind(1, e.id()).bind(2, e.type().name().toLowerCase(Locale.ROOT))
                .bind(3, e.canonical()).bind(4, e.role()).bind(5, e.country())
                .mapTo(Long.class).one();
        if (!e.aliases().isEmpty()) {
            PreparedBatch b = h.prepareBatch("INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)");
            e.aliases().stream().distinct().forEach(alias -> b.add(id, alias));
            b.execute();
        }
        if (!e.mentions().isEmpty()) {
            PreparedBatch b = h.prepareBatch("INSERT INTO mentions (entity_id, span_start, span_end, text, kind) "
                    + "VALUES (?, ?, ?, ?, ?)");
            for (Mention m : e.mentions()) {
                b.add(id, m.span().start(), m.span().end(), m.text(), m.kind().name().toLowerCase(Locale.ROOT));
            }
            b.execute();
        }
        return id;
    }

    private static Map<String, Long> writeQuotes(Handle h, long doc, List<Quote> quotes, Map<String, Long> entities) {
        Map<String, Long> ids = new HashMap<>();
        Map<Speaker, Long> speakers = new HashMap<>();
        for (Quote q : quotes) {
            Attribution at = q.attribution();
            Long speaker = null;
            if (at.speaker() != null) {
                speaker = speakers.computeIfAbsent(at.speaker(), s -> writeSpeaker(h, doc, s, entities));
            }
            String kind = switch (at) {
                case Attribution.Cued c -> "cued";
                case Attribution.Contextual c -> "contextual";
                case Attribution.Unattributed u -> "unattributed";
            };
            var cue = at.cue();
            long id = h.createQuery("INSERT INTO quotes (document_id, local_id, span_start, span_end, text, partial, "
                            + "language, attribution, speaker_id, cue_start, cue_end, cue_text) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                    .bind(0, doc).bind(1, q.id()).bind(2, q.span().start()).bind(3, q.span().end())
                    .bind(4, q.text()).bind(5, q.partial()).bind(6, q.language()).bind(7, kind)
                    .bind(8, speaker)
                    .bind(9, cue == null ? null : cue.span().start())
                    .bind(10, cue == null ? null : cue.span().end())
                    .bind(11, cue == null ? null : cue.text())
                    .mapTo(Long.class).one();
            ids.put(q.id(), id);
        }
        for (Quote q : quotes) {
            if (q.parent() != null && ids.containsKey(q.parent())) {
                h.execute("UPDATE quotes SET parent_id = ? WHERE id = ?", ids.get(q.parent()), ids.get(q.id()));
            }
        }
        return ids;
    }

    private static long writeSpeaker(Handle h, long doc, Speaker s, Map<String, Long> entities) {
        return h.createQuery("INSERT INTO speakers (document_id, entity_id, name, description, role, voice) "
                        + "VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                .bind(0, doc).bind(1, s.entity() == null ? null : entities.get(s.entity()))
                .bind(2, s.name()).bind(3, s.description()).bind(4, s.role()).bind(5, s.voice().label())
                .mapTo(Long.class).one();
    }

    private static void writeFigures(Handle h, long doc, List<Figure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO figures (document_id, span_start, span_end, text, value, low, "
                + "high, approximate, counts, place, ref_date, stated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (Figure f : figures) {
            b.add(doc, f.span().start(), f.span().end(), f.text(), f.value(), f.low(), f.high(), f.approximate(),
                    f.counts(), f.place(), f.date(), f.source());
        }
        b.execute();
    }

    private static void writeDates(Handle h, long doc, List<DateMention> dates) {
        if (dates.isEmpty()) {
            return;
        }
        PreparedBatch b = h.prepareBatch("INSERT INTO dates (document_id, span_start, span_end, text, value, "
                + "date_precision) VALUES (?, ?, ?, ?, ?, ?)");
        for (DateMention d : dates) {
            b.add(doc, d.span().start(), d.span().end(), d.text(), d.value(), d.precision().name().toLowerCase(Locale.ROOT));
        }
        b.execute();
    }

    private static void writeCodings(Handle h, long doc, List<Coding> codings, Map<String, Long> quotes) {
        if (codings.isEmpty()) {
            return;
        }
        long codebook = codebookId(h);
        String now = Instant.now().toString();
        for (Coding c : codings) {
            long code = codeId(h, codebook, c.code());
            long coder = coderId(h, c.coder() == null ? "unknown" : c.coder());
            h.execute("INSERT INTO codings (document_id, code_id, coder_id, span_start, span_end, quote_id, holder, "
                            + "reported_by, confidence, evidence, status, created_at) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'suggested', ?)",
                    doc, code, coder, c.span().start(), c.span().end(),
                    c.quote() == null ? null : quotes.get(c.quote()), c.holder(), c.reportedBy(), c.confidence(),
                    c.evidence(), now);
        }
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
