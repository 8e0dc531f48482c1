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

    public static Site build(SiteConfig config, List<Page> documents, List<Quiz> quizzes, List<Message> messages) {
        List<Page> posts = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (Page p : documents) {
            (p.isPost() ? posts : pages).add(p);
        }
        posts.sort(NEWEST_FIRST);
        pages.sort(Comparator.comparing(Page::uri));
        List<Quiz> sortedQuizzes = new ArrayList<>(quizzes);
        sortedQuizzes.sort(Comparator.comparing(Quiz::id));
        List<Message> sortedMessages = new ArrayList<>(messages);
        sortedMessages.sort(Comparator.comparing(Message::date, Comparator.reverseOrder())
                .thenComparing(Message::line, Comparator.reverseOrder()));
        return new Site(config, posts, pages, sortedQuizzes, tags(config, posts), sortedMessages);
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
