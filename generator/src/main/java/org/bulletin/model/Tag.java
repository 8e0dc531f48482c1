package org.bulletin.model;

import java.util.List;

/**
 * A tag and its articles, newest first.
 *
 * @param name  the tag as written
 * @param slug  file-name-safe form, used in the tag page's path
 * @param uri   output path of the tag page
 * @param posts articles carrying the tag
 */
public record Tag(String name, String slug, String uri, List<Page> posts) {

    public Tag {
        posts = List.copyOf(posts);
    }
}
