package org.retour.store.index;

import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link SearchRequest} into a Lucene query: the text parsed with each language's analysis
 * over its own field, and the filters as non-scoring clauses.
 */
public final class CorpusQueries {

    private final Analyzer analyzer;

    /** Queries analysed with {@code analyzer} (the index's per-field analyzer). */
    public CorpusQueries(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The text part of the query alone (for highlighting), or null when it matches everything. */
    public Query textQuery(SearchRequest r) {
        if (r.matchesAll()) {
            return null;
        }
        List<String> fields = r.language() == null ? LanguageAnalyzers.textFields()
                : List.of(LanguageAnalyzers.textField(r.language()));
        MultiFieldQueryParser parser = new SurfaceAwareParser(fields.toArray(String[]::new), analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        try {
            return parser.parse(r.query());
        } catch (ParseException e) {
            throw new QuerySyntaxException("cannot understand the query '" + r.query() + "': " + reason(e));
        } catch (IndexSearcher.TooManyClauses e) {
            throw new QuerySyntaxException("the query '" + r.query() + "' expands to too many terms; make it narrower");
        }
    }

    /** The whole query: text and filters. */
    public Query build(SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        Query text = textQuery(r);
        b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        if (r.language() != null) {
            b.add(term(CorpusFields.LANGUAGE, r.language().toLowerCase(Locale.ROOT)), BooleanClause.Occur.FILTER);
        }
        if (r.code() != null) {
            b.add(term(CorpusFields.CODE, r.code().toUpperCase(Locale.ROOT)), BooleanClause.Occur.FILTER);
        }
        if (r.voice() != null) {
            b.add(term(CorpusFields.VOICE, r.voice().toLowerCase(Locale.ROOT)), BooleanClause.Occur.FILTER);
        }
        if (r.country() != null) {
            b.add(term(CorpusFields.COUNTRY, r.country().toUpperCase(Locale.ROOT)), BooleanClause.Occur.FILTER);
        }
        if (r.outlet() != null) {
            b.add(term(CorpusFields.OUTLET, r.outlet().toLowerCase(Locale.ROOT)), BooleanClause.Occur.FILTER);
        }
        if (r.speaker() != null && !r.speaker().isBlank()) {
            QueryParser names = new QueryParser(CorpusFields.SPEAKER, analyzer);
            try {
                Query q = names.parse('"' + QueryParserBase.escape(r.speaker().strip()) + '"');
                b.add(q, BooleanClause.Occur.FILTER);
            } catch (ParseException e) {
                throw new QuerySyntaxException("cannot understand the speaker '" + r.speaker() + "': " + reason(e));
            }
        }
        if (r.from() != null || r.to() != null) {
            long lo = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long hi = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongField.newRangeQuery(CorpusFields.DATE, lo, hi), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    /** Sends prefix, wildcard, fuzzy and regular-expression terms to the unstemmed field. */
    private static final class SurfaceAwareParser extends MultiFieldQueryParser {

        SurfaceAwareParser(String[] fields, Analyzer analyzer) {
            super(fields, analyzer);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(surface(field), termStr);
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            return super.getWildcardQuery(surface(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(surface(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(surface(field), termStr);
        }

        private static String surface(String field) {
            return field == null || field.startsWith(LanguageAnalyzers.TEXT_PREFIX) ? LanguageAnalyzers.SURFACE : field;
        }
    }

    private static Query term(String field, String value) {
        return new TermQuery(new Term(field, value));
    }

    private static final java.util.regex.Pattern ENCOUNTERED = java.util.regex.Pattern.compile(
            "Encountered \"\\s*(?:<(\\w+)>\\s*)?\"?(.*?)\\s*\"?\" at line \\d+, column (\\d+)");

    private static String reason(ParseException e) {
        String m = e.getMessage() == null ? "syntax error" : e.getMessage();
        java.util.regex.Matcher enc = ENCOUNTERED.matcher(m);
        if (enc.find()) {
            int column = Integer.parseInt(enc.group(3)) + 1;
            String what = "EOF".equals(enc.group(1)) || enc.group(2).isBlank() ? null : enc.group(2).strip();
            return (what == null ? "it ends too early, after column " + (column - 1)
                    : "unexpected '" + what + "' at column " + column)
                    + " (quote words with \"…\" or escape special characters with \\)";
        }
        int colon = m.indexOf("': ");
        if (m.startsWith("Cannot parse") && colon >= 0) {
            m = m.substring(colon + 3);
        }
        int expecting = m.indexOf("Was expecting");
        if (expecting >= 0) {
            m = m.substring(0, expecting);
        }
        m = m.replaceAll("\\s+", " ").strip();
        if (m.endsWith(".")) {
            m = m.substring(0, m.length() - 1);
        }
        return m + " (quote words with \"…\" or escape special characters with \\)";
    }
}
