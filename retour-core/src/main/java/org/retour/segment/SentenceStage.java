package org.retour.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.lang.LanguageIdentifier;
import org.retour.model.DetectedLanguage;
import org.retour.model.Sentence;
import org.retour.model.Span;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;

/**
 * Provides sentences, each with its language: the document's, unless the sentence is long enough to
 * judge on its own and is clearly in another language.
 */
public final class SentenceStage implements Stage {

    /** Sentences with fewer letters than this keep the document's language. */
    static final int MIN_LETTERS_FOR_OWN_LANGUAGE = 40;
    /** How sure detection must be to give a sentence a language other than the document's. */
    static final double MIN_CONFIDENCE_FOR_OWN_LANGUAGE = 0.9;

    private final SentenceSplitter splitter;
    private final LanguageIdentifier identifier;

    /**
     * @param identifier detects a sentence's own language; null keeps every sentence in the document's
     */
    public SentenceStage(SentenceSplitter splitter, LanguageIdentifier identifier) {
        this.splitter = Objects.requireNonNull(splitter);
        this.identifier = identifier;
    }

    @Override
    public String name() {
        return "sentences";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(Layers.LANGUAGE);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.SENTENCES);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String text = analysis.text();
        String docLang = analysis.get(Layers.LANGUAGE).code();
        List<Span> spans = splitter.split(text, docLang);
        List<Sentence> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(new Sentence(s, languageOf(text, s, docLang)));
        }
        return analysis.with(Layers.SENTENCES, out);
    }

    private String languageOf(String text, Span s, String docLang) {
        if (identifier == null || letters(text, s) < MIN_LETTERS_FOR_OWN_LANGUAGE) {
            return docLang;
        }
        DetectedLanguage own = identifier.identify(s.of(text));
        if (!own.code().equals(DetectedLanguage.UNDETERMINED) && !own.code().equals(docLang)
                && own.confidence() >= MIN_CONFIDENCE_FOR_OWN_LANGUAGE) {
            return own.code();
        }
        return docLang;
    }

    private static int letters(String text, Span s) {
        int n = 0;
        for (int i = s.start(); i < s.end(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
