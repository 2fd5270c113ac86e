package org.retour.speaker;

import java.util.List;
import org.retour.model.Quote;
import org.retour.pipeline.Analysis;

/** A finder of who said each quote of an analysis. */
public interface SpeakerResolver {

    /** The analysis's quotes, in the same order, each with its attribution. */
    List<Quote> resolve(Analysis analysis);
}
