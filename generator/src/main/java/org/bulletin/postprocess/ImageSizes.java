package org.bulletin.postprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.bulletin.postprocess.ImageAttributes.ImageSize;

/** Reads image sizes from file headers only (no decoding), memoised per file. SVG from its attributes. */
public final class ImageSizes implements Function<String, ImageSize> {

    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final ImageSize UNKNOWN = new ImageSize(0, 0);

    private final Map<String, Path> files;
    private final Map<String, ImageSize> memo = new ConcurrentHashMap<>();

    /** @param files site path → file on disk */
    public ImageSizes(Map<String, Path> files) {
        this.files = files;
    }

    @Override
    public ImageSize apply(String sitePath) {
        Path file = files.get(sitePath);
        if (file == null) {
            return null;
        }
        ImageSize size = memo.computeIfAbsent(sitePath, k -> read(file));
        return size == UNKNOWN ? null : size;
    }

    private static ImageSize read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return svg(Files.readString(file));
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
                if (in == null) {
                    return UNKNOWN;
                }
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    return UNKNOWN;
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in, true, true);
                    return new ImageSize(reader.getWidth(0), reader.getHeight(0));
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    static ImageSize svg(String text) {
        Matcher tag = SVG_TAG.matcher(text);
        if (!tag.find()) {
            return UNKNOWN;
        }
        String t = tag.group();
        Integer w = number(t, "width");
        Integer h = number(t, "height");
        if (w != null && h != null) {
            return new ImageSize(w, h);
        }
        Matcher vb = Pattern.compile("viewBox\\s*=\\s*[\"']\\s*[-\\d.]+[\\s,]+[-\\d.]+[\\s,]+([\\d.]+)[\\s,]+([\\d.]+)")
                .matcher(t);
        if (vb.find()) {
            return new ImageSize((int) Math.round(Double.parseDouble(vb.group(1))),
                    (int) Math.round(Double.parseDouble(vb.group(2))));
        }
        return UNKNOWN;
    }

    private static Integer number(String tag, String attr) {
        Matcher m = Pattern.compile("\\s" + attr + "\\s*=\\s*[\"']\\s*([\\d.]+)(px)?\\s*[\"']").matcher(tag);
        return m.find() ? (int) Math.round(Double.parseDouble(m.group(1))) : null;
    }
}
