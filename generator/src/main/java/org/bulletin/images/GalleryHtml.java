package org.bulletin.images;

import java.util.List;
import java.util.Locale;

/**
 * The HTML of a gallery: a {@code <figure class="gallery">} holding a grid of linked thumbnails with
 * captions. Without JavaScript each thumbnail is a plain link to the photo; {@code gallery.js} turns the
 * links into a full-screen viewer, labelled from the {@code data-label-*} attributes.
 */
final class GalleryHtml {

    /** One photo: its URL as the page references it, its caption as HTML and its alt text (plain). */
    record Item(String url, String captionHtml, String alt) {

        /** A photo whose caption is the plain text of its alt text. */
        static Item plain(String url, String text) {
            return new Item(url, escape(text), text);
        }
    }

    private GalleryHtml() {
    }

    /**
     * @param titleHtml the gallery's title (figcaption) as HTML, or null
     * @param lang  the page language: {@code zh…} gives Chinese labels, anything else English
     */
    static String render(List<Item> items, String titleHtml, String lang) {
        boolean zh = lang == null || lang.toLowerCase(Locale.ROOT).startsWith("zh");
        StringBuilder html = new StringBuilder("<figure class=\"gallery\"");
        label(html, "dialog", zh ? "照片浏览" : "Photo viewer");
        label(html, "close", zh ? "关闭" : "Close");
        label(html, "previous", zh ? "上一张" : "Previous photo");
        label(html, "next", zh ? "下一张" : "Next photo");
        label(html, "position", zh ? "第 {index} 张，共 {count} 张" : "Photo {index} of {count}");
        html.append(">\n<ul class=\"gallery-grid\">\n");
        for (Item item : items) {
            html.append("<li><figure class=\"gallery-item\"><a class=\"gallery-link\" href=\"").append(escape(item.url()))
                    .append("\"><img src=\"").append(escape(item.url())).append("\" alt=\"").append(escape(item.alt()))
                    .append("\"></a>\n<figcaption class=\"gallery-caption\">").append(item.captionHtml())
                    .append("</figcaption></figure></li>\n");
        }
        html.append("</ul>\n");
        if (titleHtml != null && !titleHtml.isBlank()) {
            html.append("<figcaption class=\"gallery-title\">").append(titleHtml).append("</figcaption>\n");
        }
        return html.append("</figure>").toString();
    }

    /** A caption from a file name: {@code harvest-festival_2021.jpg} gives {@code harvest festival 2021}. */
    static String captionFromFileName(String fileName) {
        String name = fileName.substring(fileName.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.replaceAll("[-_]+", " ").trim();
    }

    private static void label(StringBuilder html, String name, String text) {
        html.append(" data-label-").append(name).append("=\"").append(escape(text)).append('"');
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
