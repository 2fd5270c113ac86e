package org.retour.store.index;

import java.time.LocalDate;

/**
 * A search: the query text (Lucene syntax; blank or {@code *} for every document) and filters, each
 * null when not used.
 *
 * @param query    the query text
 * @param language restrict to one language (ISO 639-1)
 * @param code     restrict to documents coded with this code
 * @param voice    restrict to documents where this voice speaks or holds a narrative
 * @param speaker  restrict to documents where a speaker's name or description matches
 * @param from     the earliest publication date
 * @param to       the latest publication date
 * @param country  restrict to documents referring to this country (ISO 3166-1 alpha-2)
 * @param outlet   restrict to one outlet
 * @param limit    the number of results, at least 1
 */
public record SearchRequest(String query, String language, String code, String voice, String speaker,
                            LocalDate from, LocalDate to, String country, String outlet, int limit) {

    public SearchRequest {
        query = query == null ? "" : query.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("the limit must be at least 1, not " + limit);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("--from " + from + " is after --to " + to);
        }
    }

    /** A plain query with no filter. */
    public static SearchRequest of(String query, int limit) {
        return new SearchRequest(query, null, null, null, null, null, null, null, null, limit);
    }

    /** Whether the query text matches every document. */
    public boolean matchesAll() {
        return query.isEmpty() || query.equals("*") || query.equals("*:*");
    }
}
