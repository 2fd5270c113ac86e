package org.retour.store.ingest;

import java.io.IOException;
import java.io.InputStream;

import org.retour.text.InputException;
import org.retour.text.LoadedText;
import org.retour.text.TextHeader;
import org.retour.text.TextLoader;

/**
 * Reads one plain-text or HTML document (HTML reduced to its main text; a plain text's metadata header,
 * as in the gold files, gives its title, address, outlet, date and language), within the size limit.
 */
public final class TextReader implements DocumentReader {

    private final IngestLimits limits;
    private final boolean html;

    /** A reader of plain text ({@code html} false: HTML is still sniffed) or of HTML. */
    public TextReader(IngestLimits limits, boolean html) {
        this.limits = limits;
        this.html = html;
    }

    @Override
    public void read(InputStream in, String name, DocumentSink sink) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxDocumentBytes() + 1));
        if (bytes.length > limits.maxDocumentBytes()) {
            sink.skip(new Skip(name, "over the size limit of " + Sizes.human(limits.maxDocumentBytes())));
            return;
        }
        try {
            Utf8.check(bytes, name);
            LoadedText t = new TextLoader(limits.maxDocumentBytes()).fromBytes(bytes, name, html);
            TextHeader h = t.header();
            sink.document(h == null
                    ? new InputDocument(name, t.text(), t.title(), null, null, null, null, t.warnings())
                    : new InputDocument(name, t.text(), h.title(), h.url(), h.outlet(), h.published(), h.language(),
                            t.warnings()));
        } catch (InputException e) {
            sink.skip(new Skip(name, stripName(e.getMessage(), name)));
        }
    }

    /** The reason without the leading "NAME: " the core's messages carry. */
    static String stripName(String message, String name) {
        return message.startsWith(name + ": ") ? message.substring(name.length() + 2) : message;
    }

}
