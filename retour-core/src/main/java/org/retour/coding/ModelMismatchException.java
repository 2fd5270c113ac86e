package org.retour.coding;

/** A model file that cannot be used: not a model, or trained on another codebook or version. */
public final class ModelMismatchException extends IllegalArgumentException {

    public ModelMismatchException(String message) {
        super(message);
    }
}
