package org.bulletin.parse;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The values of {@code :jbake-type:}: which parser turns a loaded document into which kind of
 * {@link org.bulletin.model.Document}. Where a document is dispatched to its parser, a {@code switch}
 * expression over this type lists every constant, so a new value does not compile until it has a parser.
 */
public enum DocumentType {
    /** An article: listed, tagged, in the feed ({@link org.bulletin.model.Page#POST}). */
    POST,
    /** A page that is not an article ({@link org.bulletin.model.Page#PAGE}). */
    PAGE,
    /** A knowledge quiz ({@link org.bulletin.model.Quiz}). */
    QUIZ;

    /** The attribute value, e.g. {@code post}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named by an attribute value (already lower case), or null when there is none. */
    public static DocumentType of(String value) {
        return Arrays.stream(values()).filter(t -> t.value().equals(value)).findFirst().orElse(null);
    }

    /**
     * The type of a document: one of these, or {@link #PAGE} for a JBake custom type the site declares with
     * a {@code template.TYPE.file} key (Bulletin's theme shows it as a page); null when unknown.
     */
    public static DocumentType resolve(String value, org.bulletin.config.SiteConfig config) {
        DocumentType type = of(value);
        return type == null && !config.get("template." + value + ".file", "").isEmpty() ? PAGE : type;
    }

    /** Every value for messages: {@code post, page or quiz}. */
    /** The values for a message: all but the last ({@code post, page}) and the last ({@code quiz}). */
    static List<String> choices() {
        List<String> names = Arrays.stream(values()).map(DocumentType::value).toList();
        return List.of(String.join(", ", names.subList(0, names.size() - 1)), names.get(names.size() - 1));
    }
}
