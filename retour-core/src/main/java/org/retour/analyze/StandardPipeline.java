package org.retour.analyze;

import org.retour.coding.CodingStage;
import org.retour.entity.AliasTable;
import org.retour.entity.OrganizationStage;
import org.retour.entity.PlaceStage;
import org.retour.figure.FigureStage;
import org.retour.lang.LanguageStage;
import org.retour.lang.LinguaLanguageIdentifier;
import org.retour.lang.TieredLanguageIdentifier;
import org.retour.person.PersonLexicon;
import org.retour.person.PersonStage;
import org.retour.pipeline.Pipeline;
import org.retour.quote.MarkQuoteExtractor;
import org.retour.quote.QuoteStage;
import org.retour.quote.ReportedWording;
import org.retour.quote.WordShapeQuoteDecision;
import org.retour.segment.RuleSentenceSplitter;
import org.retour.segment.RuleTokenizer;
import org.retour.segment.SentenceStage;
import org.retour.segment.TokenStage;
import org.retour.speaker.CueSpeakerResolver;
import org.retour.speaker.SpeakerStage;
import org.retour.speaker.SpeechCues;
import org.retour.speaker.VoiceLexicon;
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
        SpeechCues cues = SpeechCues.bundled();
        PersonLexicon persons = PersonLexicon.bundled();
        return Pipeline.builder()
                .add(new LanguageStage(TieredLanguageIdentifier.forConfig(config.languages())))
                .add(new SentenceStage(RuleSentenceSplitter.bundled(), config.sentenceLanguages() ? identifier : null))
                .add(new TokenStage(RuleTokenizer.bundled()))
                .add(OrganizationStage.bundled(AliasTable.bundledWith(config.aliases())))
                .add(PlaceStage.bundled())
                .add(new QuoteStage(new MarkQuoteExtractor(), WordShapeQuoteDecision.bundled(), ReportedWording.over(cues)))
                .add(new PersonStage(persons, cues))
                .add(new SpeakerStage(new CueSpeakerResolver(cues, persons, VoiceLexicon.bundled())))
                .add(DateStage.bundled())
                .add(FigureStage.bundled())
                .add(new CodingStage(config.coding().coder()))
                .build();
    }
}
