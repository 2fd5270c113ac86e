package org.retour.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.retour.model.Attribution;
import org.retour.model.Coding;
import org.retour.model.Cue;
import org.retour.model.DateMention;
import org.retour.model.DetectedLanguage;
import org.retour.model.Entity;
import org.retour.model.Figure;
import org.retour.model.Mention;
import org.retour.model.PublicationDate;
import org.retour.model.Quote;
import org.retour.model.Sentence;
import org.retour.model.Speaker;
import org.retour.model.Token;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layers;

/**
 * The machine form of an analysis, the JSON that {@code retour analyze --format json} prints and
 * other tools read. Field names are a contract: add, never rename.
 *
 * <p>Thread-safe.
 */
public final class AnalysisJson {

    /** The shared mapper (thread-safe once configured). */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AnalysisJson() {
    }

    /** The analysis as a JSON tree; tokens only when {@code withTokens}. */
    public static ObjectNode toJson(Analysis a, boolean withTokens) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("document", document(a));
        ArrayNode sentences = root.putArray("sentences");
        for (Sentence s : a.list(Layers.SENTENCES)) {
            sentences.addObject().put("start", s.span().start()).put("end", s.span().end()).put("language", s.language());
        }
        if (withTokens) {
            ArrayNode tokens = root.putArray("tokens");
            for (Token t : a.list(Layers.TOKENS)) {
                tokens.addObject().put("start", t.span().start()).put("end", t.span().end())
                        .put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
        }
        ArrayNode entities = root.putArray("entities");
        for (Entity e : entities(a)) {
            entities.add(entity(e));
        }
        ArrayNode quotes = root.putArray("quotes");
        a.list(Layers.QUOTES).forEach(q -> quotes.add(quote(q)));
        ArrayNode figures = root.putArray("figures");
        a.list(Layers.FIGURES).forEach(f -> figures.add(figure(f)));
        ArrayNode dates = root.putArray("dates");
        for (DateMention d : a.list(Layers.DATES)) {
            dates.addObject().put("start", d.span().start()).put("end", d.span().end()).put("text", d.text())
                    .put("value", d.value()).put("precision", lower(d.precision()));
        }
        ArrayNode codings = root.putArray("codings");
        a.list(Layers.CODINGS).forEach(c -> codings.add(coding(c)));
        return root;
    }

    /** Persons, then organisations, then places. */
    public static List<Entity> entities(Analysis a) {
        List<Entity> all = new ArrayList<>(a.list(Layers.PERSONS));
        all.addAll(a.list(Layers.ORGANIZATIONS));
        all.addAll(a.list(Layers.PLACES));
        return all;
    }

    private static ObjectNode document(Analysis a) {
        ObjectNode d = MAPPER.createObjectNode();
        DetectedLanguage lang = a.find(Layers.LANGUAGE).orElse(null);
        d.put("language", lang == null ? a.document().language() : lang.code());
        if (lang != null) {
            d.put("language_confidence", Math.round(lang.confidence() * 1000) / 1000.0);
        }
        PublicationDate pub = a.find(Layers.PUBLICATION).orElse(null);
        if (pub != null && pub.date() != null) {
            d.put("published", pub.date().toString());
            d.put("inferred", pub.inferred());
        } else if (a.document().published() != null) {
            d.put("published", a.document().published().toString());
            d.put("inferred", false);
        } else {
            d.putNull("published");
        }
        if (a.document().id() != null) {
            d.put("id", a.document().id());
        }
        if (a.document().source().uri() != null) {
            d.put("uri", a.document().source().uri());
        }
        if (a.document().source().title() != null) {
            d.put("title", a.document().source().title());
        }
        if (a.document().source().outlet() != null) {
            d.put("outlet", a.document().source().outlet());
        }
        d.put("text", a.text());
        return d;
    }

    private static ObjectNode entity(Entity e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", e.id()).put("type", e.type().name()).put("canonical", e.canonical());
        ArrayNode aliases = o.putArray("aliases");
        e.aliases().forEach(aliases::add);
        o.put("role", e.role());
        o.put("country", e.country());
        ArrayNode mentions = o.putArray("mentions");
        for (Mention m : e.mentions()) {
            mentions.addObject().put("start", m.span().start()).put("end", m.span().end()).put("text", m.text())
                    .put("kind", lower(m.kind()));
        }
        return o;
    }

    private static ObjectNode quote(Quote q) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", q.id()).put("start", q.span().start()).put("end", q.span().end()).put("text", q.text())
                .put("partial", q.partial()).put("parent", q.parent()).put("language", q.language());
        Speaker sp = q.attribution().speaker();
        if (sp == null) {
            o.putNull("speaker");
        } else {
            o.putObject("speaker").put("entity", sp.entity()).put("name", sp.name())
                    .put("description", sp.description()).put("role", sp.role()).put("voice", sp.voice().label());
        }
        Cue cue = q.attribution().cue();
        if (cue == null) {
            o.putNull("cue");
        } else {
            o.putObject("cue").put("start", cue.span().start()).put("end", cue.span().end()).put("text", cue.text());
        }
        o.put("attribution", switch (q.attribution()) {
            case Attribution.Cued c -> "cue";
            case Attribution.Contextual c -> "context";
            case Attribution.Unattributed u -> "none";
        });
        return o;
    }

    private static ObjectNode figure(Figure f) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("value", f.value());
        o.put("low", f.low());
        o.put("high", f.high());
        o.put("approximate", f.approximate()).put("counts", f.counts()).put("place", f.place())
                .put("date", f.date()).put("source", f.source())
                .put("start", f.span().start()).put("end", f.span().end()).put("text", f.text());
        return o;
    }

    private static ObjectNode coding(Coding c) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("code", c.code()).put("start", c.span().start()).put("end", c.span().end()).put("quote", c.quote())
                .put("holder", c.holder()).put("reported_by", c.reportedBy())
                .put("confidence", Math.round(c.confidence() * 1000) / 1000.0)
                .put("coder", c.coder()).put("evidence", c.evidence());
        return o;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT);
    }
}
