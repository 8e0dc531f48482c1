package org.bulletin.model;

import java.util.List;

/**
 * A tag and its articles, newest first.
 *
 * @param name  the tag as written
 * @param slug  file-name-safe form, used in the tag page's path
 * @param uri   output path of the tag page
 * @param posts articles carrying the tag, or one of its other spellings
 * @param names  every spelling of the tag that shares this page ({@code Java}, {@code java}), sorted
 */
public record Tag(String name, String slug, String uri, List<Page> posts, List<String> names) {

    public Tag {
        posts = List.copyOf(posts);
        names = List.copyOf(names);
    }

    public Tag(String name, String slug, String uri, List<Page> posts) {
        this(name, slug, uri, posts, List.of(name));
    }
}
