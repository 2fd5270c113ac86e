package org.retour.lang;

import java.util.Objects;
import java.util.Set;
import org.retour.model.DetectedLanguage;
import org.retour.pipeline.Analysis;
import org.retour.pipeline.Layer;
import org.retour.pipeline.Layers;
import org.retour.pipeline.Stage;

/**
 * Provides the document's language: the declared one when the user gave it, otherwise the detected one.
 */
public final class LanguageStage implements Stage {

    private final LanguageIdentifier identifier;

    public LanguageStage(LanguageIdentifier identifier) {
        this.identifier = Objects.requireNonNull(identifier);
    }

    @Override
    public String name() {
        return "language";
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(Layers.LANGUAGE);
    }

    @Override
    public Analysis apply(Analysis analysis) {
        String declared = analysis.document().language();
        DetectedLanguage lang = declared != null
                ? new DetectedLanguage(declared, 1.0, true)
                : identifier.identify(analysis.text());
        return analysis.with(Layers.LANGUAGE, lang);
    }
}
