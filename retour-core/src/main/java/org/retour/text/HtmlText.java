package org.retour.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Extracts the main text of an HTML page with jsoup: boilerplate (navigation, scripts, footers,
 * share bars) removed, one line per paragraph.
 */
public final class HtmlText {

    private static final Pattern HTML_START = Pattern.compile(
            "(?is)^\\s*(<!--.*?-->\\s*)*(<!doctype\\s+html|<html|<head|<body|<article|<p[\\s>]|<div[\\s>])");
    private static final String BOILERPLATE = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "iframe, svg, button, menu, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], "
            + ".share, .social, .related, .newsletter, .comments, .advert, .ad, .cookie, .breadcrumb";
    private static final String MAIN = "article, main, [itemprop=articleBody], .article-body, .story-body, #content";
    private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6",
            "li", "blockquote", "pre", "div", "section", "article", "main", "td", "th", "dd", "dt", "figcaption",
            "tr", "ul", "ol", "table", "body", "br");

    private HtmlText() {
    }

    /** Whether {@code text} looks like an HTML page rather than plain text. */
    public static boolean looksLikeHtml(String text) {
        return HTML_START.matcher(text.length() > 4096 ? text.substring(0, 4096) : text).find();
    }

    /** The page's title, or null. */
    public static String title(String html) {
        String t = Jsoup.parse(html).title();
        return t.isBlank() ? null : t.strip();
    }

    /** The main text: paragraphs separated by single line breaks, white space inside them collapsed. */
    public static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select(BOILERPLATE).remove();
        Element root = mainElement(doc);
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        collect(root, paragraphs, current);
        flush(paragraphs, current);
        return String.join("\n", paragraphs);
    }

    private static Element mainElement(Document doc) {
        Elements candidates = doc.select(MAIN);
        Element best = null;
        for (Element e : candidates) {
            if (best == null || e.text().length() > best.text().length()) {
                best = e;
            }
        }
        if (best != null && best.text().length() >= 200) {
            return best;
        }
        return doc.body() != null ? doc.body() : doc;
    }

    private static void collect(Node node, List<String> paragraphs, StringBuilder current) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                current.append(t.getWholeText());
            } else if (child instanceof Element e) {
                boolean block = BLOCKS.contains(e.normalName().toLowerCase(Locale.ROOT));
                if (block) {
                    flush(paragraphs, current);
                }
                collect(e, paragraphs, current);
                if (block) {
                    flush(paragraphs, current);
                }
            }
        }
    }

    private static void flush(List<String> paragraphs, StringBuilder current) {
        String p = current.toString().replaceAll("[\\s&&[^\\u00A0\\u202F]]+", " ").strip();
        if (!p.isEmpty()) {
            paragraphs.add(p);
        }
        current.setLength(0);
    }
}
