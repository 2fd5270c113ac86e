package org.retour.pipeline;

/** A pipeline that cannot be built: a stage needs a layer no earlier stage provides. */
public final class PipelineException extends IllegalArgumentException {

    public PipelineException(String message) {
        super(message);
    }
}
