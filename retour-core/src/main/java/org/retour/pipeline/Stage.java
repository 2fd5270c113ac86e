package org.retour.pipeline;

import java.util.Set;

/**
 * One step of the analysis: reads the layers it requires and returns the analysis with the layers it
 * provides.
 *
 * <p>Implementations are stateless between documents and thread-safe; resources (lexicons, models)
 * are loaded before construction and held immutable.
 */
public interface Stage {

    /** A short name for messages and benchmarks. */
    String name();

    /** The layers that must be present before this stage runs. */
    Set<Layer<?>> requires();

    /** The layers this stage adds. */
    Set<Layer<?>> provides();

    /** Runs the stage on one document. Never throws on any text. */
    Analysis apply(Analysis analysis);
}
