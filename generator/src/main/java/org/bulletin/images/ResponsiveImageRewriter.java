package org.bulletin.images;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns each {@code <img>} of a rendered page whose {@code src} is a published image into a
 * {@code <picture>} with a WebP {@code <source>} and a JPEG/PNG {@code <img srcset>}, with
 * {@code width}/{@code height} against layout shift and {@code loading="lazy"} for every image but
 * the page's first. Links to such an image ({@code <a href>}) are pointed at its largest fallback,
 * since the original is not published.
 *
 * <p>URLs in the page are read relative to the page and written relative to it, so the site works
 * under any sub-path.
 */
public final class ResponsiveImageRewriter {

    /** Article images: the full width of a phone, at most the 48rem text column. */
    public static final String CONTENT_SIZES = "(max-width: 48rem) 100vw, 48rem";
    /** Gallery thumbnails: two columns on a phone, 15rem cells on wider screens. */
    public static final String GALLERY_SIZES = "(max-width: 40rem) 50vw, 15rem";

    private static final String BASE = "https://site.invalid/";

    private final Function<String, Optional<ResponsiveImage>> images;
    private final String contentSizes;
    private final String gallerySizes;

    /**
     * @param images the published images by path relative to the site root (= relative to assets/),
     *               e.g. from {@link ImageSet#get(String)}
     */
    public ResponsiveImageRewriter(Function<String, Optional<ResponsiveImage>> images, String contentSizes,
                                   String gallerySizes) {
        this.images = images;
        this.contentSizes = contentSizes;
        this.gallerySizes = gallerySizes;
    }

    public ResponsiveImageRewriter(Map<String, ResponsiveImage> images) {
        this(path -> Optional.ofNullable(images.get(path)), CONTENT_SIZES, GALLERY_SIZES);
    }

    /**
     * Rewrites the page in place.
     *
     * @param pagePath the page's path relative to the output root, e.g. {@code articles/review/index.html}
     * @return how many images were rewritten
     */
    public int rewrite(Document page, String pagePath) {
        String prefix = "../".repeat((int) pagePath.chars().filter(c -> c == '/').count());
        Element first = page.body().selectFirst("img");
        int count = 0;
        for (Element img : page.body().select("img[src]")) {
            Optional<ResponsiveImage> image = resolve(img.attr("src"), pagePath).flatMap(images);
            if (image.isEmpty() || img.parent() != null && img.parent().nameIs("picture")) {
                continue;
            }
            boolean gallery = img.closest("figure.gallery") != null;
            rewriteImage(img, image.get(), prefix, gallery ? gallerySizes : contentSizes, img == first);
            count++;
        }
        for (Element link : page.body().select("a[href]")) {
            resolve(link.attr("href"), pagePath).flatMap(images)
                    .ifPresent(image -> link.attr("href", prefix + encodePath(image.src())));
        }
        return count;
    }

    private static void rewriteImage(Element img, ResponsiveImage image, String prefix, String sizes,
                                     boolean aboveFold) {
        img.attr("src", prefix + encodePath(image.src()));
        if (image.width() > 0 && image.height() > 0) {
            String authorWidth = img.attr("width");
            if (authorWidth.matches("\\d+") && !img.hasAttr("height")) {
                int w = Integer.parseInt(authorWidth);
                img.attr("height", String.valueOf(Math.round((double) w * image.height() / image.width())));
            } else if (!img.hasAttr("width") && !img.hasAttr("height")) {
                img.attr("width", String.valueOf(image.width()));
                img.attr("height", String.valueOf(image.height()));
            }
        }
        if (aboveFold) {
            img.removeAttr("loading");
        } else {
            img.attr("loading", "lazy");
        }
        img.attr("decoding", "async");
        if (!img.hasAttr("alt")) {
            img.attr("alt", "");
        }
        if (image.copiedAsIs()) {
            return;
        }
        img.attr("srcset", srcset(image, image.fallbackFormat(), prefix));
        img.attr("sizes", sizes);
        Element picture = new Element("picture");
        img.before(picture);
        picture.appendElement("source").attr("type", "image/webp")
                .attr("srcset", srcset(image, "webp", prefix)).attr("sizes", sizes);
        picture.appendChild(img);
    }

    private static String srcset(ResponsiveImage image, String format, String prefix) {
        return String.join(", ", image.variants(format).stream()
                .map(v -> prefix + encodePath(v.path()) + " " + v.width() + "w").toList());
    }

    /** The site path an URL in the page points to, or empty for external, data: and fragment URLs. */
    static Optional<String> resolve(String url, String pagePath) {
        String u = url.trim();
        if (u.isEmpty() || u.startsWith("#") || u.startsWith("//")) {
            return Optional.empty();
        }
        try {
            URI page = new URI(BASE + encodePath(pagePath));
            URI target = page.resolve(new URI(u.replace(" ", "%20")));
            if (!BASE.startsWith(target.getScheme() + "://" + target.getAuthority() + "/")) {
                return Optional.empty();
            }
            String path = target.getPath();
            return path == null || path.length() < 2 ? Optional.empty() : Optional.of(path.substring(1));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes a site path for use in src/srcset (spaces and commas would break a srcset). */
    static String encodePath(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }
}
