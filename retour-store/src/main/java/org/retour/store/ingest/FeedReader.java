package org.retour.store.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.retour.text.HtmlText;

/**
 * Reads an RSS or Atom feed file (Rome): each item with its content (or else its description) becomes
 * a document, with its title, link, date and the feed's title as outlet.
 */
public final class FeedReader implements DocumentReader {

    private final IngestLimits limits;

    public FeedReader(IngestLimits limits) {
        this.limits = limits;
    }

    @Override
    public void read(InputStream in, String name, DocumentSink sink) throws IOException {
        byte[] bytes = new BoundedInputStream(in, limits.maxDocumentBytes() * 4, name).readAllBytes();
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new java.io.ByteArrayInputStream(bytes)));
        } catch (FeedException | IllegalArgumentException e) {
            sink.skip(new Skip(name, "not a readable RSS or Atom feed (" + oneLine(e.getMessage()) + ")"));
            return;
        }
        String outlet = feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
        int n = 0;
        for (SyndEntry e : feed.getEntries()) {
            n++;
            String where = name + ": item " + n;
            String body = content(e);
            if (body == null || body.isBlank()) {
                sink.skip(new Skip(where, "item without content or description"));
                continue;
            }
            String text = HtmlText.looksLikeHtml(body) || body.contains("<") ? HtmlText.extract(body) : body.strip();
            if (text.isBlank()) {
                sink.skip(new Skip(where, "item without text"));
                continue;
            }
            if (text.length() > limits.maxDocumentBytes()) {
                sink.skip(new Skip(where, "over the size limit of " + Sizes.human(limits.maxDocumentBytes())));
                continue;
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            LocalDate published = date == null ? null : date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
            String link = e.getLink() != null ? e.getLink() : e.getUri();
            String title = e.getTitle() == null ? null : e.getTitle().strip();
            sink.document(new InputDocument(link != null ? link : where, text, title, link, outlet, published, null,
                    List.of()));
        }
    }

    private static String content(SyndEntry e) {
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                sb.append(c.getValue()).append('\n');
            }
        }
        if (sb.toString().isBlank() && e.getDescription() != null) {
            return e.getDescription().getValue();
        }
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s == null ? "syntax error" : s.replaceAll("\\s+", " ").strip();
    }
}
