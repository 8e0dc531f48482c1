package org.bulletin.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bulletin.config.SiteConfig;

/**
 * The in-memory site model every renderer reads: one list of {@linkplain #documents documents}, with
 * the per-kind lists templates use ({@code site.posts}, {@code site.pages}, {@code site.quizzes}) as
 * views of it. Indexes (previous/next, quizzes by id) are built once here, so rendering a page never
 * scans the others. Immutable.
 */
public final class Site {

    private final SiteConfig config;
    private final List<Document> documents;
    private final List<Page> posts;
    private final List<Page> pages;
    private final List<Quiz> quizzes;
    private final List<Tag> tags;
    private final List<Message> messages;
    private final SiteData data;
    private final Map<String, Integer> postIndex = new HashMap<>();
    private final Map<String, Quiz> quizIndex = new HashMap<>();

    /**
     * @param config    the typed configuration
     * @param documents the published documents in the order {@link SiteBuilder} gives them: articles
     *                  newest first (undated last), then pages by path, then quizzes by id
     * @param tags      tags sorted by name
     * @param messages  approved residents' messages, newest first
     */
    public Site(SiteConfig config, List<Document> documents, List<Tag> tags, List<Message> messages) {
        this(config, documents, tags, messages, SiteData.NONE);
    }

    /** @param data JBake's data files, for templates */
    public Site(SiteConfig config, List<Document> documents, List<Tag> tags, List<Message> messages, SiteData data) {
        this.config = config;
        this.data = data;
        this.documents = List.copyOf(documents);
        List<Page> posts = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        List<Quiz> quizzes = new ArrayList<>();
        for (Document d : this.documents) {
            d.match(new Document.Cases<Void>() {
                @Override
                public Void page(Page p) {
                    (p.isPost() ? posts : pages).add(p);
                    return null;
                }

                @Override
                public Void quiz(Quiz q) {
                    quizzes.add(q);
                    return null;
                }

                @Override
                public Void draft(Draft draft) {
                    return null; // SiteBuilder leaves drafts out; one given here is in no list
                }
            });
        }
        this.posts = List.copyOf(posts);
        this.pages = List.copyOf(pages);
        this.quizzes = List.copyOf(quizzes);
        this.tags = List.copyOf(tags);
        this.messages = List.copyOf(messages);
        for (int i = 0; i < this.posts.size(); i++) {
            postIndex.put(this.posts.get(i).uri(), i);
        }
        this.quizzes.forEach(q -> quizIndex.put(q.id(), q));
    }

    public SiteConfig config() {
        return config;
    }

    /** Every published document in a fixed order (see the constructor); the lists below are views of it. */
    public List<Document> documents() {
        return documents;
    }

    /** Published articles, newest first; undated last. */
    public List<Page> posts() {
        return posts;
    }

    /** Published pages that are not articles, by path. */
    public List<Page> pages() {
        return pages;
    }

    /** Published quizzes, by id. */
    public List<Quiz> quizzes() {
        return quizzes;
    }

    /** JBake's data files: {@code data.get('authors.yaml')} in templates. */
    public SiteData data() {
        return data;
    }

    public List<Tag> tags() {
        return tags;
    }

    public List<Message> messages() {
        return messages;
    }

    /** The newer neighbour of an article in date order, if any. */
    public Optional<Page> newer(Page post) {
        int i = postIndex.getOrDefault(post.uri(), -1);
        return i > 0 ? Optional.of(posts.get(i - 1)) : Optional.empty();
    }

    /** The older neighbour of an article in date order, if any. */
    public Optional<Page> older(Page post) {
        int i = postIndex.getOrDefault(post.uri(), -1);
        return i >= 0 && i + 1 < posts.size() ? Optional.of(posts.get(i + 1)) : Optional.empty();
    }

    /** Articles grouped by year, newest year first; undated ones last under the empty key. */
    public Map<String, List<Page>> postsByYear() {
        Map<String, List<Page>> years = new java.util.LinkedHashMap<>();
        for (Page p : posts) {
            years.computeIfAbsent(p.date() == null ? "" : Integer.toString(p.date().getYear()),
                    y -> new java.util.ArrayList<>()).add(p);
        }
        return years;
    }

    public Optional<Quiz> quiz(String id) {
        return Optional.ofNullable(quizIndex.get(id));
    }
}
