package org.bulletin.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.config.SiteConfig;

/** Assembles the {@link Site}: sorts articles, builds tag indexes. Pure, so it is cheap to redo on edits. */
public final class SiteBuilder {

    /** Newest first; undated articles last; ties by title then source for a stable order. */
    public static final Comparator<Page> NEWEST_FIRST = Comparator
            .comparing(Page::date, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(Page::title)
            .thenComparing(Page::source);

    private SiteBuilder() {
    }

    /**
     * The site of the given documents (any order) and messages. Drafts are left out: the site is what
     * is published (templates see it). The site's {@linkplain Site#documents documents} are articles
     * newest first, then pages by path, then quizzes by id.
     */
    public static Site build(SiteConfig config, List<? extends Document> documents, List<Message> messages) {
        List<Page> posts = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<Quiz> quizzes = new ArrayList<>();
        for (Document d : documents) {
            d.match(new Document.Cases<Boolean>() {
                @Override
                public Boolean page(Page p) {
                    return (p.isPost() ? posts : pages).add(p);
                }

                @Override
                public Boolean quiz(Quiz q) {
                    return quizzes.add(q);
                }

                @Override
                public Boolean draft(Draft draft) {
                    return false; // not published
                }
            });
        }
        posts.sort(NEWEST_FIRST);
        pages.sort(Comparator.comparing(Page::uri));
        quizzes.sort(Comparator.comparing(Quiz::id));
        List<Document> ordered = new ArrayList<>(posts);
        ordered.addAll(pages);
        ordered.addAll(quizzes);
        List<Message> sortedMessages = new ArrayList<>(messages);
        sortedMessages.sort(Comparator.comparing(Message::date, Comparator.reverseOrder())
                .thenComparing(Message::line, Comparator.reverseOrder()));
        return new Site(config, ordered, tags(config, posts), sortedMessages);
    }

    private static List<Tag> tags(SiteConfig config, List<Page> posts) {
        Map<String, List<Page>> byName = new TreeMap<>();
        for (Page post : posts) {
            for (String tag : post.tags()) {
                byName.computeIfAbsent(tag, t -> new ArrayList<>()).add(post);
            }
        }
        List<Tag> tags = new ArrayList<>();
        byName.forEach((name, list) -> tags.add(new Tag(name, slug(name),
                config.folders().tags() + "/" + slug(name) + config.folders().extension(), list)));
        return tags;
    }

    /** A tag as a file name: lower case, spaces to hyphens, characters unsafe in paths removed. */
    public static String slug(String tag) {
        String s = tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-")
                .replaceAll("[/\\\\?%*:|\"<>#&+.]", "");
        return s.isEmpty() ? "tag" : s;
    }
}
