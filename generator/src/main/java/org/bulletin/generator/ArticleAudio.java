package org.bulletin.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bulletin.model.Site;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;
import org.bulletin.render.SiteRenderer;

/**
 * Recordings the centre made of its articles, for residents whose browser cannot read aloud: an audio
 * file beside an article ({@code content/articles/x.adoc} + {@code x.mp3}, {@code x.m4a} or {@code x.ogg})
 * is published with it and offered as a plain {@code <audio controls>} player at the top of the page
 * (template variable {@code audio}). Each file is checked by its first bytes: one that is not MP3, MP4/M4A
 * or Ogg audio is a {@code path:1:} problem; the size of each good one is reported.
 */
public final class ArticleAudio implements SiteRenderer.PageContributor {

    /** A published recording: its site path (from the root), MIME type and size in bytes. */
    public record Audio(String src, String type, long bytes) {
        /** The size for people: {@code 1.2 MB}, {@code 350 KB}. */
        public String size() {
            return bytes >= 1_000_000 ? String.format(Locale.ROOT, "%.1f MB", bytes / 1_000_000.0)
                    : Math.max(1, Math.round(bytes / 1000.0)) + " KB";
        }
    }

    static final Map<String, String> TYPES = Map.of("mp3", "audio/mpeg", "m4a", "audio/mp4", "ogg", "audio/ogg");

    private static final Map<String, String> NAMES = Map.of("audio/mpeg", "MP3", "audio/mp4", "M4A",
            "audio/ogg", "Ogg");

    private final Map<String, Audio> byPage = new TreeMap<>();

    /**
     * @param files         the site's static files by site path (content files at their path under content/)
     * @param contentPrefix the content folder with a slash ({@code content/}), for messages
     * @param pages         the site paths of the articles and pages ({@code articles/x.html})
     */
    ArticleAudio(Map<String, Path> files, String contentPrefix, java.util.Set<String> pages, Problems problems,
                 BuildListener listener, Locale language) {
        for (Map.Entry<String, Path> f : files.entrySet()) {
            String path = f.getKey();
            int dot = path.lastIndexOf('.');
            String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT));
            String page = dot < 0 ? null : path.substring(0, dot) + ".html";
            if (type == null || !pages.contains(page)) {
                continue;
            }
            String shown = contentPrefix + path;
            try {
                long size = Files.size(f.getValue());
                if (!isAudio(head(f.getValue()), type)) {
                    problems.error(shown, 1, Text.of("audio.not-audio", NAMES.get(type)));
                    continue;
                }
                if (byPage.containsKey(page)) {
                    problems.warning(shown, 1, Text.of("audio.second", page, byPage.get(page).src().substring(1), path));
                    continue;
                }
                Audio audio = new Audio("/" + path, type, size);
                byPage.put(page, audio);
                listener.info(Text.of("build.audio", shown, audio.size(), page).in(language));
            } catch (IOException e) {
                problems.error(shown, 1, Text.of("audio.unreadable", e.getMessage()));
            }
        }
    }

    @Override
    public void variables(Site site, Map<String, Object> vars) {
        vars.put("audio", byPage.get(String.valueOf(vars.get("path"))));
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(12);
        }
    }

    /** MP3: an ID3 tag or an MPEG audio frame sync; M4A: an ISO media {@code ftyp} box; Ogg: {@code OggS}. */
    static boolean isAudio(byte[] b, String type) {
        return switch (type) {
            case "audio/mpeg" -> b.length >= 3 && (b[0] == 'I' && b[1] == 'D' && b[2] == '3'
                    || (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0);
            case "audio/mp4" -> b.length >= 8 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p';
            default -> b.length >= 4 && b[0] == 'O' && b[1] == 'g' && b[2] == 'g' && b[3] == 'S';
        };
    }
}
