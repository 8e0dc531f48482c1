package org.bulletin.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.config.SiteConfig;
import org.bulletin.text.Sha256;

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
        return build(config, documents, messages, SiteData.NONE);
    }

    /** The site, with JBake's data files for templates. */
    public static Site build(SiteConfig config, List<? extends Document> documents, List<Message> messages,
                             SiteData data) {
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
        return new Site(config, ordered, tags(config, posts), sortedMessages, data);
    }

    /**
     * One page per tag, spellings that differ only in case sharing it ({@code Java}, {@code java}: every
     * post of both, shown under the first spelling in sort order). Distinct tags get distinct pages: when
     * two slugs meet ({@code c++} and {@code c-plus-plus}), every tag after the first in sort order gets
     * the start of its name's SHA-256 appended, so no page changes when another tag is added or removed
     * unless the two collide.
     */
    private static List<Tag> tags(SiteConfig config, List<Page> posts) {
        Map<String, List<String>> spellings = new TreeMap<>();
        Map<String, List<Page>> byKey = new TreeMap<>();
        for (Page post : posts) { // newest first: each list keeps that order
            for (String tag : post.tags()) {
                String key = tag.toLowerCase(Locale.ROOT);
                List<String> names = spellings.computeIfAbsent(key, k -> new ArrayList<>());
                if (!names.contains(tag)) {
                    names.add(tag);
                }
                List<Page> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != post) {
                    list.add(post);
                }
            }
        }
        if (byKey.isEmpty()) {
            return List.of();
        }
        Set<String> taken = new HashSet<>();
        taken.add(indexSlug(config)); // tags/index.html lists the tags
        List<Tag> tags = new ArrayList<>();
        byKey.forEach((key, list) -> {
            List<String> names = new ArrayList<>(spellings.get(key));
            names.sort(null);
            String slug = slug(key);
            if (!taken.add(slug)) {
                slug = slug + "-" + Sha256.hex(key).substring(0, 8);
                taken.add(slug);
            }
            tags.add(new Tag(names.get(0), slug, config.folders().tags() + "/" + slug + config.folders().extension(),
                    list, names));
        });
        tags.sort(java.util.Comparator.comparing(Tag::name));
        return tags;
    }

    private static String indexSlug(SiteConfig config) {
        String index = config.folders().index();
        return index.endsWith(config.folders().extension())
                ? index.substring(0, index.length() - config.folders().extension().length()) : index;
    }

    /**
     * A tag as a readable file name: lower case; letters (Chinese too) and digits kept; {@code +},
     * {@code #}, {@code .}, {@code &}, {@code @} spelled out ({@code c++} → {@code c-plus-plus},
     * {@code C#} → {@code c-sharp}, {@code .NET} → {@code dot-net}); spaces and other characters become
     * hyphens.
     */
    public static String slug(String tag) {
        StringBuilder b = new StringBuilder();
        tag.strip().toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '_') {
                b.appendCodePoint(c);
            } else {
                b.append(switch (c) {
                    case '+' -> "-plus-";
                    case '#' -> "-sharp-";
                    case '.' -> "-dot-";
                    case '&' -> "-and-";
                    case '@' -> "-at-";
                    default -> "-";
                });
            }
        });
        String s = b.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "tag" : s;
    }
}
