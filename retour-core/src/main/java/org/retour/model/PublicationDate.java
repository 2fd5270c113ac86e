package org.retour.model;

import java.time.LocalDate;

/** The date a document was published, and whether Retour inferred it from the text. */
public record PublicationDate(LocalDate date, boolean inferred) {
}
