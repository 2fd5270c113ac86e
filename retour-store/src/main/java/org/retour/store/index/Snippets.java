package org.retour.store.index;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;

/**
 * Cuts highlighted snippets out of a document's text: the passages where the query's terms occur,
 * with each match between {@code **} marks.
 */
public final class Snippets {

    /** The mark before and after a highlighted word. */
    public static final String MARK = "**";

    private final Analyzer analyzer;

    /** Snippets analysed with the index's per-field analyzer. */
    public Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    private String best(Query query, String field, String flat, int maxChars) {
        Highlighter h = new Highlighter(new SimpleHTMLFormatter(MARK, MARK), new QueryScorer(query, field));
        h.setTextFragmenter(new SimpleFragmenter(Math.max(40, maxChars / 2)));
        h.setMaxDocCharsToAnalyze(Math.min(flat.length(), 200_000));
        try (TokenStream ts = analyzer.tokenStream(field, flat)) {
            String best = h.getBestFragments(ts, flat, 2, " … ");
            return best == null || best.isBlank() ? null : best.strip();
        } catch (IOException | InvalidTokenOffsetsException e) {
            return null;
        }
    }

    /**
     * The best passages of {@code text} for {@code query}, or the text's beginning when the query is
     * null or nothing matches.
     */
    public String snippet(Query query, String language, String text, int maxChars) {
        String flat = text.replaceAll("\\s+", " ");
        if (query != null) {
            for (String field : java.util.List.of(LanguageAnalyzers.textField(language), LanguageAnalyzers.SURFACE)) {
                String best = best(query, field, flat, maxChars);
                if (best != null) {
                    return best;
                }
            }
        }
        return flat.length() <= maxChars ? flat : flat.substring(0, maxChars).strip() + "…";
    }
}
