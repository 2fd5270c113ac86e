package org.retour.eval;

import java.time.LocalDate;
import java.util.List;
import org.retour.model.Document;
import org.retour.model.SourceMetadata;

/**
 * One gold article: its header, its body and what annotators found in it.
 *
 * <p>Each annotation list is null when the article is not annotated for that kind (the key is absent),
 * and empty when it is annotated and has none; evaluators skip articles whose list is null.
 *
 * @param id         the article's id (the file name without extension)
 * @param lang       the ISO 639-1 code of the article
 * @param url        the header's url, or null
 * @param title      the header's title, or null
 * @param published  the header's date, or null when unknown
 * @param body       the text that is analysed
 * @param quotes     gold quotes, or null
 * @param narratives gold narratives, or null
 * @param entities   gold entities, or null
 * @param dates      gold dates, or null
 * @param figures    gold figures, or null
 */
public record GoldDocument(String id, String lang, String url, String title, LocalDate published, String body,
                           List<GoldQuote> quotes, List<GoldNarrative> narratives, List<GoldEntity> entities,
                           List<GoldDate> dates, List<GoldFigure> figures) {

    public GoldDocument {
        quotes = quotes == null ? null : List.copyOf(quotes);
        narratives = narratives == null ? null : List.copyOf(narratives);
        entities = entities == null ? null : List.copyOf(entities);
        dates = dates == null ? null : List.copyOf(dates);
        figures = figures == null ? null : List.copyOf(figures);
    }

    /** The document to analyse: the body with the declared language and publication date. */
    public Document toDocument() {
        return new Document(id, body, lang, published, new SourceMetadata(url, title, null));
    }
}
