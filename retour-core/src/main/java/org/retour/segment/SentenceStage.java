package org.retour.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.retour.lang.FunctionWordProfile;
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
 *
 * <p>Design decision: a sentence is sent to Lingua only when its function words or its script point
 * away from the document's language ({@link FunctionWordProfile}), which keeps the cost of sentence
 * languages near zero for the usual sentence.
 */
public final class SentenceStage implements Stage {

    /** Sentences with fewer letters than this keep the document's language. */
    static final int MIN_LETTERS_FOR_OWN_LANGUAGE = 40;
    /** How sure detection must be to give a sentence a language its function words do not confirm. */
    static final double MIN_CONFIDENCE_FOR_OWN_LANGUAGE = 0.9;
    /** Function words needed before they count as a hint. */
    static final int MIN_FUNCTION_WORDS = 3;

    private final FunctionWordProfile profile = FunctionWordProfile.bundled();

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
        if (identifier == null) {
            return docLang;
        }
        FunctionWordProfile.Glance g = profile.glance(text, s.start(), s.end(), MIN_FUNCTION_WORDS, 2);
        if (g.letters() < MIN_LETTERS_FOR_OWN_LANGUAGE) {
            return docLang;
        }
        String hint = g.dominant();
        boolean otherScript = scriptOf(docLang) != dominantScript(g);
        if (!otherScript && (hint == null || hint.equals(docLang))) {
            return docLang;
        }
        DetectedLanguage own = identifier.identify(s.of(text));
        if (own.code().equals(DetectedLanguage.UNDETERMINED) || own.code().equals(docLang)) {
            return docLang;
        }
        return own.code().equals(hint) || own.confidence() >= MIN_CONFIDENCE_FOR_OWN_LANGUAGE ? own.code() : docLang;
    }

    private static final int LATIN = 1;
    private static final int ARABIC = 2;
    private static final int CYRILLIC = 3;

    private static int scriptOf(String lang) {
        return switch (lang) {
            case "ar", "fa", "ur" -> ARABIC;
            case "ru", "uk", "bg", "sr", "mk", "be" -> CYRILLIC;
            default -> LATIN;
        };
    }

    private static int dominantScript(FunctionWordProfile.Glance g) {
        if (g.arabic() > g.latin() && g.arabic() >= g.cyrillic()) {
            return ARABIC;
        }
        return g.cyrillic() > g.latin() ? CYRILLIC : LATIN;
    }
}
