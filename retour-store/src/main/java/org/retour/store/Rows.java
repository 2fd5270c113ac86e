package org.retour.store;

/** The rows the store's reports return. */
public final class Rows {

    private Rows() {
    }

    /** A label with a count. */
    public record Count(String label, long count) {
    }

    /** How often a code is held by a voice. */
    public record NarrativeCount(String code, String voice, long count) {
    }

    /**
     * A stored quote with its speaker and document.
     *
     * @param speaker the speaker's name, or description when unnamed, or null when unattributed
     * @param voice   the speaker's voice label, or null when unattributed
     */
    public record QuoteRow(long id, String text, String speaker, String voice, long documentId, String title,
                           String uri, String published, String language) {
    }

    /**
     * A figure with where it comes from.
     *
     * @param date the date it refers to, else the document's publication date, or null
     */
    public record FigureRow(long id, double value, Double low, Double high, boolean approximate, String counts,
                            String place, String date, String statedBy, String text, long documentId, String title,
                            String uri) {
    }

    /** A search result: a document with its score and a snippet where matches are between {@code **}. */
    public record SearchHit(long id, float score, String language, String title, String uri, String outlet,
                            String published, String snippet) {
    }

    /** Totals of a corpus. */
    public record Totals(long documents, long canonical, long exactCopies, long nearCopies, long quotes, long figures,
                         long codings) {
    }
}
