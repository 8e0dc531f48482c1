package org.bulletin.publish;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bulletin.text.Sha256;
import org.bulletin.text.Urls;

/**
 * Content keys for style sheets and scripts: {@code css/site.css} is published as
 * {@code css/site.3f9a2c1b.css}, the first {@value #LENGTH} hex digits of the SHA-256 of the bytes
 * published. The name changes whenever the bytes do, so hosts may let browsers keep the file for a year
 * ({@code bulletin deploy} does). A style sheet's {@code url(…)} and {@code @import} of another keyed file
 * are rewritten to its keyed name first, so the key covers them too.
 */
public final class ContentKeys {

    /** Hex digits of a key. */
    public static final int LENGTH = 8;

    /** {@code url(x)}, {@code url('x')}, {@code url("x")} and {@code @import 'x'} / {@code @import "x"}. */
    private static final Pattern CSS_REFERENCE = Pattern.compile(
            "url\\(\\s*(['\"]?)([^'\"()\\s]+)\\1\\s*\\)|@import\\s+(['\"])([^'\"]+)\\3");

    /**
     * Files as published.
     *
     * @param files site path (keyed where keyable) → bytes
     * @param names site path → keyed site path, for every keyed file
     */
    public record Keyed(Map<String, byte[]> files, Map<String, String> names) {
    }

    private ContentKeys() {
    }

    /** True for the files that get a key: style sheets and scripts. */
    public static boolean keyable(String path) {
        return path.endsWith(".css") || path.endsWith(".js");
    }

    /** {@code css/site.css} with these bytes → {@code css/site.KEY.css}. */
    public static String name(String path, byte[] bytes) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + '.' + Sha256.hex(bytes).substring(0, LENGTH) + path.substring(dot);
    }

    /**
     * Keys every keyable file of {@code files}; the others are kept as they are. A style sheet is keyed
     * after the keyable files it refers to; style sheets that refer to each other in a circle keep their
     * names (their references to files keyed already are rewritten).
     */
    public static Keyed of(Map<String, byte[]> files) {
        Map<String, byte[]> out = new TreeMap<>();
        Map<String, byte[]> pending = new TreeMap<>();
        files.forEach((path, bytes) -> (keyable(path) ? pending : out).put(path, bytes));
        Map<String, String> names = new TreeMap<>();
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (Iterator<Map.Entry<String, byte[]>> it = pending.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, byte[]> e = it.next();
                if (!waits(e.getKey(), e.getValue(), pending)) {
                    byte[] bytes = rewrite(e.getKey(), e.getValue(), names);
                    String keyed = name(e.getKey(), bytes);
                    names.put(e.getKey(), keyed);
                    out.put(keyed, bytes);
                    it.remove();
                    progress = true;
                }
            }
        }
        pending.forEach((path, bytes) -> out.put(path, rewrite(path, bytes, names)));
        return new Keyed(out, names);
    }

    /** True when a style sheet refers to another file not keyed yet. */
    private static boolean waits(String path, byte[] bytes, Map<String, byte[]> pending) {
        if (!path.endsWith(".css")) {
            return false;
        }
        Matcher m = CSS_REFERENCE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        while (m.find()) {
            String target = target(path, reference(m));
            if (target != null && !target.equals(path) && pending.containsKey(target)) {
                return true;
            }
        }
        return false;
    }

    /** A style sheet with its references to keyed files renamed; other files as they are. */
    private static byte[] rewrite(String path, byte[] bytes, Map<String, String> names) {
        if (!path.endsWith(".css")) {
            return bytes;
        }
        // ISO-8859-1 keeps every byte as it is; references are matched in UTF-8
        Matcher m = CSS_REFERENCE.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        StringBuilder b = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String reference = reference(m);
            String target = target(path, reference);
            String keyed = target == null ? null : names.get(target);
            String replacement = m.group();
            if (keyed != null) {
                int group = m.group(2) != null ? 2 : 4;
                String oldName = target.substring(target.lastIndexOf('/') + 1);
                String newName = keyed.substring(keyed.lastIndexOf('/') + 1);
                String url = utf8(m.group(group));
                String renamed = url.replace(oldName, newName);
                if (!renamed.equals(url)) {
                    replacement = m.group().substring(0, m.start(group) - m.start())
                            + latin1(renamed) + m.group().substring(m.end(group) - m.start());
                    changed = true;
                }
            }
            m.appendReplacement(b, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(b);
        return changed ? b.toString().getBytes(StandardCharsets.ISO_8859_1) : bytes;
    }

    private static String reference(Matcher m) {
        return utf8(m.group(2) != null ? m.group(2) : m.group(4));
    }

    /** The site path a style sheet's reference points at, or null when it leaves the site. */
    private static String target(String cssPath, String reference) {
        if (!Urls.isInternal(reference) || reference.startsWith("data:")) {
            return null;
        }
        String p = Urls.pathOf(reference);
        if (p.startsWith("/")) {
            return p.substring(1);
        }
        int slash = cssPath.lastIndexOf('/');
        return Urls.resolve(slash < 0 ? "" : cssPath.substring(0, slash + 1), p);
    }

    private static String utf8(String latin1) {
        return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }

    private static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
