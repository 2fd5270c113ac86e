package org.retour.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.search.Query;
import org.jdbi.v3.core.Handle;
import org.retour.store.Rows.Count;
import org.retour.store.Rows.FigureRow;
import org.retour.store.Rows.NarrativeCount;
import org.retour.store.Rows.QuoteRow;
import org.retour.store.Rows.SearchHit;
import org.retour.store.Rows.Totals;
import org.retour.store.index.CorpusIndex;
import org.retour.store.index.CorpusQueries;
import org.retour.store.index.SearchRequest;
import org.retour.store.index.Snippets;

/**
 * What a researcher asks of a corpus: totals, documents by language, quotes and narratives by voice,
 * the figures over time, quotes by speaker, and search. Copies are never counted twice.
 */
public final class CorpusReports {

    private final Store store;

    CorpusReports(Store store) {
        this.store = store;
    }

    /** The totals. */
    public Totals totals() {
        return store.read(h -> new Totals(
                count(h, "SELECT COUNT(*) FROM documents"),
                count(h, "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NULL"),
                count(h, "SELECT COUNT(*) FROM documents WHERE duplicate_kind = 'exact'"),
                count(h, "SELECT COUNT(*) FROM documents WHERE duplicate_kind = 'near'"),
                count(h, "SELECT COUNT(*) FROM quotes"),
                count(h, "SELECT COUNT(*) FROM figures"),
                count(h, "SELECT COUNT(*) FROM codings WHERE status <> 'rejected'")));
    }

    /** Canonical documents by language, most first. */
    public List<Count> documentsByLanguage() {
        return counts("SELECT language, COUNT(*) FROM documents WHERE duplicate_of IS NULL GROUP BY language "
                + "ORDER BY COUNT(*) DESC, language");
    }

    /** Quotes by their speaker's voice ({@code unattributed} when none), most first. */
    public List<Count> quotesByVoice() {
        return counts("SELECT COALESCE(s.voice, 'unattributed'), COUNT(*) FROM quotes q "
                + "LEFT JOIN speakers s ON s.id = q.speaker_id GROUP BY COALESCE(s.voice, 'unattributed') "
                + "ORDER BY COUNT(*) DESC, COALESCE(s.voice, 'unattributed')");
    }

    /** Codings that are not rejected, by code and by the voice holding the view. */
    public List<NarrativeCount> narrativesByVoice() {
        String voice = "COALESCE(g.holder, s.voice, 'unknown')";
        return store.read(h -> h.createQuery("SELECT c.code, " + voice + ", COUNT(*) FROM codings g "
                        + "JOIN codes c ON c.id = g.code_id LEFT JOIN quotes q ON q.id = g.quote_id "
                        + "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE g.status <> 'rejected' "
                        + "GROUP BY c.code, " + voice + " ORDER BY c.code, COUNT(*) DESC")
                .map((rs, ctx) -> new NarrativeCount(rs.getString(1), rs.getString(2), rs.getLong(3))).list());
    }

    /**
     * Quotes, filtered by speaker (part of a name or description, any case), voice and code, each
     * null for no filter; in document order.
     */
    public List<QuoteRow> quotes(String speaker, String voice, String code, int limit) {
        StringBuilder sql = new StringBuilder("SELECT q.id, q.text, COALESCE(s.name, s.description), s.voice, d.id, "
                + "d.title, d.uri, d.published, d.language FROM quotes q JOIN documents d ON d.id = q.document_id "
                + "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (speaker != null) {
            sql.append(" AND (LOWER(s.name) LIKE ? OR LOWER(s.description) LIKE ?)");
            String like = "%" + speaker.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
            args.add(like);
            args.add(like);
        }
        if (voice != null) {
            sql.append(" AND s.voice = ?");
            args.add(voice.toLowerCase(Locale.ROOT));
        }
        if (code != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM codings g JOIN codes c ON c.id = g.code_id WHERE g.quote_id = q.id "
                    + "AND g.status <> 'rejected' AND c.code = ?)");
            args.add(code.toUpperCase(Locale.ROOT));
        }
        sql.append(" ORDER BY d.id, q.span_start LIMIT ?");
        args.add(limit);
        return store.read(h -> {
            var q = h.createQuery(sql.toString());
            for (int i = 0; i < args.size(); i++) {
                q.bind(i, args.get(i));
            }
            return q.map((rs, ctx) -> new QuoteRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9))).list();
        });
    }

    /** The figures, filtered by place (a country code or place name, any case; null for all), by date. */
    public List<FigureRow> figures(String place, int limit) {
        String date = "COALESCE(f.ref_date, d.published)";
        String sql = "SELECT f.id, f.value, f.low, f.high, f.approximate, f.counts, f.place, " + date + ", f.stated_by, "
                + "f.text, d.id, d.title, d.uri FROM figures f JOIN documents d ON d.id = f.document_id"
                + (place == null ? "" : " WHERE UPPER(f.place) = ?")
                + " ORDER BY " + date + ", f.id LIMIT ?";
        return store.read(h -> {
            var q = h.createQuery(sql);
            int i = 0;
            if (place != null) {
                q.bind(i++, place.toUpperCase(Locale.ROOT));
            }
            q.bind(i, limit);
            return q.map((rs, ctx) -> new FigureRow(rs.getLong(1), rs.getDouble(2), nullable(rs, 3), nullable(rs, 4),
                    rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                    rs.getString(10), rs.getLong(11), rs.getString(12), rs.getString(13))).list();
        });
    }

    /** The best documents for a search, with highlighted snippets; throws on a query syntax error. */
    public List<SearchHit> search(SearchRequest request) {
        CorpusIndex index = store.index();
        CorpusQueries queries = new CorpusQueries(index.analyzer());
        Query full = queries.build(request);
        Query text = queries.textQuery(request);
        List<CorpusIndex.Scored> top = index.search(full, request.limit());
        Snippets snippets = new Snippets(index.analyzer());
        if (top.isEmpty()) {
            return List.of();
        }
        String in = String.join(", ", java.util.Collections.nCopies(top.size(), "?"));
        java.util.Map<Long, SearchHit> byId = new java.util.HashMap<>();
        java.util.Map<Long, Float> scores = new java.util.HashMap<>();
        top.forEach(s -> scores.put(s.id(), s.score()));
        store.read(h -> {
            var q = h.createQuery("SELECT id, language, title, uri, outlet, published, text FROM documents WHERE id IN ("
                    + in + ")");
            for (int i = 0; i < top.size(); i++) {
                q.bind(i, top.get(i).id());
            }
            q.map((rs, ctx) -> new SearchHit(rs.getLong(1), scores.get(rs.getLong(1)), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6),
                            snippets.snippet(text, rs.getString(2), rs.getString(7), 240)))
                    .forEach(hit -> byId.put(hit.id(), hit));
            return null;
        });
        List<SearchHit> hits = new ArrayList<>(top.size());
        for (CorpusIndex.Scored s : top) {
            SearchHit hit = byId.get(s.id());
            if (hit != null) {
                hits.add(hit);
            }
        }
        return hits;
    }

    /** The number of documents a search matches. */
    public int countMatches(SearchRequest request) {
        return store.index().countMatches(new CorpusQueries(store.index().analyzer()).build(request));
    }

    private static Double nullable(java.sql.ResultSet rs, int col) throws java.sql.SQLException {
        double v = rs.getDouble(col);
        return rs.wasNull() ? null : v;
    }

    private List<Count> counts(String sql) {
        return store.read(h -> h.createQuery(sql)
                .map((rs, ctx) -> new Count(rs.getString(1), rs.getLong(2))).list());
    }

    private static long count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }
}
