package org.bulletin.incremental;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.model.Message;
import org.bulletin.model.Page;
import org.bulletin.model.Quiz;
import org.bulletin.model.Site;
import org.bulletin.source.SourceTexts;
import org.bulletin.text.Sha256;

/**
 * SHA-256 fingerprints of what pages are made from, for {@link ReusedPages}: one per article or page
 * (every field of the record and its source text), and one of the whole site.
 */
final class PageFingerprints {

    private PageFingerprints() {
    }

    /** Everything but the bodies and summaries of articles and pages: what every page shows of the site. */
    static String skeleton(Site site) {
        StringBuilder s = new StringBuilder();
        for (List<Page> list : List.of(site.posts(), site.pages())) {
            for (Page p : list) {
                s.append(p.source()).append('|').append(p.uri()).append('|').append(p.type()).append('|')
                        .append(p.title()).append('|').append(p.date()).append('|').append(p.tags()).append('|')
                        .append(p.line()).append('\n');
            }
        }
        s.append(quizzesAndMessages(site));
        site.tags().forEach(t -> s.append(t.name()).append('|').append(t.uri()).append('\n'));
        return s.toString();
    }

    /**
     * Article or page → fingerprint: its conversion cache key when it has one (the key covers the source
     * bytes and everything the conversion depends on, so equal keys mean equal pages), otherwise a hash of
     * every field and of its source text.
     */
    static Map<Page, String> of(Site site, SourceTexts sourceTexts, Map<String, String> keys) {
        List<Page> all = new ArrayList<>(site.posts());
        all.addAll(site.pages());
        String[] prints = new String[all.size()];
        java.util.stream.IntStream.range(0, all.size()).parallel().forEach(i -> {
            Page p = all.get(i);
            String key = keys.get(p.source());
            prints[i] = key != null ? "key:" + key : of(p, sourceTexts.get(p.source()));
        });
        Map<Page, String> map = new IdentityHashMap<>();
        for (int i = 0; i < all.size(); i++) {
            map.put(all.get(i), prints[i]);
        }
        return map;
    }

    private static String of(Page p, String sourceText) {
        StringBuilder s = new StringBuilder();
        for (Object field : new Object[] {p.source(), p.type(), p.title(), p.date(), p.tags(), p.html(),
                p.summary(), p.uri(), p.line(), sourceText}) {
            String text = String.valueOf(field);
            s.append(text.length()).append(':').append(text).append('|');
        }
        return Sha256.hex(s.toString());
    }

    /** Fingerprint of every input of every page: the skeleton (quizzes and messages included) and each document. */
    static String site(String skeleton, Site site, Map<Page, String> prints) {
        StringBuilder s = new StringBuilder(skeleton).append('\n');
        for (List<Page> list : List.of(site.posts(), site.pages())) {
            for (Page p : list) {
                s.append(prints.get(p)).append('\n');
            }
        }
        return Sha256.hex(s.toString());
    }

    /**
     * One line per quiz (the SHA-256 of its complete content) and per message (every field, length first),
     * for the skeleton.
     */
    static String quizzesAndMessages(Site site) {
        StringBuilder s = new StringBuilder();
        for (Quiz q : site.quizzes()) {
            s.append("quiz ").append(Sha256.hex(ConversionCache.bytes(q))).append('\n');
        }
        for (Message m : site.messages()) {
            s.append("message");
            for (Object field : new Object[] {m.date(), m.name(), m.message(), m.reply(), m.line()}) {
                String text = String.valueOf(field);
                s.append(' ').append(text.length()).append(':').append(text);
            }
            s.append('\n');
        }
        return s.toString();
    }

    /**
     * Fingerprint of what the default templates show of the site outside article and page pages: the
     * skeleton and the summary of every article and page.
     */
    static String lists(String skeleton, Site site) {
        StringBuilder s = new StringBuilder(skeleton).append('\n');
        for (List<Page> list : List.of(site.posts(), site.pages())) {
            for (Page p : list) {
                s.append(p.summary().length()).append(':').append(p.summary()).append('\n');
            }
        }
        return Sha256.hex(s.toString());
    }
}
