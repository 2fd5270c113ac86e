package org.retour.analyze;

import org.retour.entity.AliasTable;
import org.retour.figure.FigureStage;
import org.retour.entity.OrganizationStage;
import org.retour.entity.PlaceStage;
import org.retour.lang.LanguageStage;
import org.retour.lang.LinguaLanguageIdentifier;
import org.retour.pipeline.Pipeline;
import org.retour.segment.RuleSentenceSplitter;
import org.retour.segment.RuleTokenizer;
import org.retour.segment.SentenceStage;
import org.retour.segment.TokenStage;
import org.retour.time.DateStage;

/**
 * The one place where the standard analysis is wired: which stages, in which order, with which
 * resources.
 */
public final class StandardPipeline {

    private StandardPipeline() {
    }

    /** The full analysis for {@code config}. */
    public static Pipeline create(AnalyzerConfig config) {
        LinguaLanguageIdentifier identifier = LinguaLanguageIdentifier.forConfig(config.languages());
        return Pipeline.builder()
                .add(new LanguageStage(identifier))
                .add(new SentenceStage(RuleSentenceSplitter.bundled(), config.sentenceLanguages() ? identifier : null))
                .add(new TokenStage(RuleTokenizer.bundled()))
                .add(OrganizationStage.bundled(AliasTable.bundledWith(config.aliases())))
                .add(PlaceStage.bundled())
                .add(DateStage.bundled())
                .add(FigureStage.bundled())
                .build();
    }
}
