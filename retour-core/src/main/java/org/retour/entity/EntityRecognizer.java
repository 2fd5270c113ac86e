package org.retour.entity;

import java.util.List;
import org.retour.model.Entity;
import org.retour.pipeline.Analysis;

/** Finds the entities of one kind in a document. Implementations are immutable and thread-safe. */
public interface EntityRecognizer {

    /** The entities of {@code analysis}, whose tokens {@code tokens} shows, ordered by first mention. */
    List<Entity> recognize(Analysis analysis, TokenView tokens);
}
