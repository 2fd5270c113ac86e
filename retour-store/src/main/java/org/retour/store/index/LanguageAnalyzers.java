package org.retour.store.index;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The text analysis of each language the index knows: French (elision, light stemming), German
 * (normalisation, light stemming), Arabic (normalisation, stemming), English (Porter stemming), and a
 * standard analysis for every other language. Each language has its own text field.
 */
public final class LanguageAnalyzers {

    /** The languages with their own analysis. */
    public static final List<String> LANGUAGES = List.of("fr", "de", "ar", "en");
    /** The field suffix of texts in any other language. */
    public static final String OTHER = "xx";
    /** The prefix of the text fields: {@code text_fr}, {@code text_xx}… */
    public static final String TEXT_PREFIX = "text_";
    /**
     * The text of every document again, only lower-cased and folded (no stemming), for prefix,
     * wildcard and fuzzy queries, which stemmed terms would not match.
     */
    public static final String SURFACE = "surface";

    private LanguageAnalyzers() {
    }

    /** The text field for a document in {@code language}. */
    public static String textField(String language) {
        String l = language == null ? OTHER : language.toLowerCase(Locale.ROOT);
        return TEXT_PREFIX + (LANGUAGES.contains(l) ? l : OTHER);
    }

    /** Every text field, in a fixed order. */
    public static List<String> textFields() {
        return List.of(TEXT_PREFIX + "fr", TEXT_PREFIX + "de", TEXT_PREFIX + "ar", TEXT_PREFIX + "en",
                TEXT_PREFIX + OTHER);
    }

    /** An analyzer choosing each text field's language analysis, and a folding name analysis for speakers. */
    public static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        fields.put(TEXT_PREFIX + "fr", french());
        fields.put(TEXT_PREFIX + "de", new GermanAnalyzer());
        fields.put(TEXT_PREFIX + "ar", new ArabicAnalyzer());
        fields.put(TEXT_PREFIX + "en", new EnglishAnalyzer());
        fields.put(CorpusFields.SPEAKER, names());
        fields.put(SURFACE, names());
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
    }

    /**
     * French: elisions removed (l', d', qu'…), lower case, stop words, light stemming, then accents
     * folded so that "Etat" finds "État".
     */
    public static Analyzer french() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, FrenchAnalyzer.getDefaultStopSet());
                ts = new FrenchLightStemFilter(ts);
                ts = new LatinFoldingFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LatinFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, FrenchAnalyzer.DEFAULT_ARTICLES)));
            }
        };
    }

    /** Lower-cases and folds accents, so that "Müller" finds "Muller" and the reverse. */
    public static Analyzer names() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(source);
                ts = new LatinFoldingFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new LatinFoldingFilter(new LowerCaseFilter(in));
            }
        };
    }
}
