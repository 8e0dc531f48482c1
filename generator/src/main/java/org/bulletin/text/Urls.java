package org.bulletin.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/** URL helpers shared by the steps: what is internal, and how paths resolve inside the site. */
public final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

    private Urls() {
    }

    /** True for links into the site: not {@code #x}, not {@code //host}, no scheme ({@code https:}, {@code mailto:}). */
    public static boolean isInternal(String url) {
        return !url.isEmpty() && !url.startsWith("#") && !url.startsWith("//") && !SCHEME.matcher(url).matches();
    }

    /** The path part of a URL, without query and fragment, percent-decoded. */
    public static String pathOf(String url) {
        int cut = url.length();
        for (char c : new char[] {'#', '?'}) {
            int i = url.indexOf(c);
            if (i >= 0 && i < cut) {
                cut = i;
            }
        }
        String path = url.substring(0, cut);
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** Query and fragment of a URL ({@code ?a#b}), or empty. */
    public static String suffixOf(String url) {
        int q = url.indexOf('?');
        int h = url.indexOf('#');
        int cut = q < 0 ? h : h < 0 ? q : Math.min(q, h);
        return cut < 0 ? "" : url.substring(cut);
    }

    /**
     * A site path made safe for an absolute URL (canonical link, {@code og:url}, sitemap, feed): every
     * byte outside RFC 3986's unreserved characters, sub-delimiters, {@code :}, {@code @} and {@code /}
     * is percent-encoded as UTF-8 (a space becomes {@code %20}); an existing {@code %XX} is kept.
     */
    public static String encodePath(String path) {
        StringBuilder out = null;
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean keep = b < 0x80 && (Character.isLetterOrDigit(b) || "-._~!$&'()*+,;=:@/".indexOf(b) >= 0
                    || b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]));
            if (keep && out == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(new String(bytes, 0, i, StandardCharsets.UTF_8));
            }
            if (keep) {
                out.append((char) b);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
            }
        }
        return out == null ? path : out.toString();
    }

    private static boolean isHex(byte b) {
        return b >= '0' && b <= '9' || b >= 'a' && b <= 'f' || b >= 'A' && b <= 'F';
    }

    /**
     * Resolves {@code relative} against {@code folder} (both relative to the site root) and normalises
     * {@code .} and {@code ..}; returns null when it climbs above the root.
     */
    public static String resolve(String folder, String relative) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : (folder + relative).split("/", -1)) {
            if (p.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!p.equals(".")) {
                parts.addLast(p);
            }
        }
        return String.join("/", parts).replaceAll("/{2,}", "/");
    }

    /**
     * The host of an absolute address when it is one no published site has: the documentation domains
     * (example.org, .com, .net and their subdomains, RFC 2606's .example, .test, .invalid, .localhost) and
     * this computer (localhost, 127.0.0.1, ::1, 0.0.0.0); otherwise null (null too for no address).
     */
    public static String placeholderHost(String address) {
        if (address == null) {
            return null;
        }
        String host;
        try {
            host = new java.net.URI(address.strip()).getHost();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
        if (host == null) {
            return null;
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        for (String domain : new String[] {"example.org", "example.com", "example.net", "example", "test",
                "invalid", "localhost"}) {
            if (h.equals(domain) || h.endsWith("." + domain)) {
                return host;
            }
        }
        return h.startsWith("127.") || h.equals("[::1]") || h.equals("0.0.0.0") ? host : null;
    }
}
