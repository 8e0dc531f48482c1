package org.bulletin.images;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.bulletin.problem.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Benchmark (run by bench/images-bench.sh): encode time per 4000x3000 photo, sequential and with two
 * threads, and what a 375 px wide phone at DPR 2 downloads for a page with ten such photos.
 */
public final class ImagesBench {

    private ImagesBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path work = Files.createTempDirectory("images-bench");
        Path assets = Files.createDirectories(work.resolve("assets/images/bench"));
        List<ImageRequest> requests = new ArrayList<>();
        long sourceBytes = 0;
        for (int i = 1; i <= count; i++) {
            byte[] jpeg = cameraPhoto(4000, 3000, i);
            sourceBytes += jpeg.length;
            Files.write(assets.resolve(String.format(Locale.ROOT, "photo-%02d.jpg", i)), jpeg);
            requests.add(new ImageRequest(String.format(Locale.ROOT, "images/bench/photo-%02d.jpg", i), "bench.adoc", i));
        }
        System.out.printf(Locale.ROOT, "sources: %d camera-like JPEGs 4000x3000, %.1f MB in total%n", count,
                sourceBytes / 1e6);
        // warm-up: JIT, native library loading
        new ImageProcessor(work.resolve("assets"), work.resolve("warm"), null, ImageOptions.defaults().withThreads(1))
                .processAll(requests.subList(0, 1), new Problems());

        ImageSet set = null;
        for (int threads : new int[] {1, 2}) {
            Path out = work.resolve("out-" + threads);
            long start = System.nanoTime();
            Problems problems = new Problems();
            set = new ImageProcessor(work.resolve("assets"), out, null, ImageOptions.defaults().withThreads(threads))
                    .processAll(requests, problems);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (problems.hasErrors()) {
                throw new IllegalStateException(problems.sorted().toString());
            }
            System.out.printf(Locale.ROOT, "encode, %d thread(s): %.2f s for %d photos = %.0f ms per photo"
                    + " (3 widths x WebP + JPEG each)%n", threads, seconds, count, seconds * 1000 / count);
        }
        long start = System.nanoTime();
        ImageSet cached = new ImageProcessor(work.resolve("assets"), work.resolve("out-c1"), work.resolve("cache"),
                ImageOptions.defaults()).processAll(requests, new Problems());
        new ImageProcessor(work.resolve("assets"), work.resolve("out-c2"), work.resolve("cache"),
                ImageOptions.defaults()).processAll(requests, new Problems());
        long rebuild = System.nanoTime();
        ImageSet again = new ImageProcessor(work.resolve("assets"), work.resolve("out-c3"), work.resolve("cache"),
                ImageOptions.defaults()).processAll(requests, new Problems());
        System.out.printf(Locale.ROOT, "rebuild from cache: %.2f s for %d photos (%s)%n",
                (System.nanoTime() - rebuild) / 1e9, count, again.report().summary());

        weigh(set, count);
    }

    private static void weigh(ImageSet set, int count) throws IOException {
        List<GalleryHtml.Item> items = new ArrayList<>();
        for (String path : set.images().keySet()) {
            items.add(GalleryHtml.Item.plain("../" + path, GalleryHtml.captionFromFileName(path)));
        }
        Document page = Jsoup.parse("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>活动照片</title>"
                + "<link rel=\"stylesheet\" href=\"../css/gallery.css\"><script src=\"../js/gallery.js\" defer></script>"
                + "</head><body><main><h1>活动照片</h1>" + GalleryHtml.render(items, "宣传周活动", "zh-CN")
                + "</main></body></html>");
        new ResponsiveImageRewriter(set.images()).rewrite(page, "news/index.html");
        byte[] html = page.outerHtml().getBytes(StandardCharsets.UTF_8);
        byte[] css = resource("css/gallery.css");
        byte[] js = resource("js/gallery.js");
        // 375 CSS px at DPR 2: gallery cells are 50vw = 188 CSS px = 375 device px -> smallest variant >= 375;
        // full-width article images are 100vw = 750 device px -> smallest variant >= 750
        long thumbs = 0;
        long articles = 0;
        for (ResponsiveImage image : set.images().values()) {
            thumbs += image.pick("webp", 375).bytes();
            articles += image.pick("webp", 750).bytes();
        }
        long text = gzip(html) + gzip(css) + gzip(js);
        System.out.printf(Locale.ROOT, "page text (gzip): html %d B, gallery.css %d B, gallery.js %d B%n",
                gzip(html), gzip(css), gzip(js));
        System.out.printf(Locale.ROOT, "gallery page, %d photos, 375 px DPR 2, every thumbnail loaded (480w WebP):"
                + " %.0f kB images + %.1f kB text = %.0f kB%n", count, thumbs / 1e3, text / 1e3, (thumbs + text) / 1e3);
        System.out.printf(Locale.ROOT, "article with %d full-width photos, 375 px DPR 2, all loaded (960w WebP):"
                + " %.0f kB images + %.1f kB text = %.0f kB (first view loads fewer: lazy)%n", count, articles / 1e3,
                text / 1e3, (articles + text) / 1e3);
    }

    /** A camera-like photo: smooth sky and ground, shapes, fine grain, so encoders work as on real photos. */
    static byte[] cameraPhoto(int width, int height, int seed) throws IOException {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(90, 140, 210), 0, height / 2f, new Color(200, 220, 240)));
        g.fillRect(0, 0, width, height / 2);
        g.setPaint(new GradientPaint(0, height / 2f, new Color(80, 120, 60), width, height, new Color(150, 130, 90)));
        g.fillRect(0, height / 2, width, height - height / 2);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 180));
            int w = 100 + random.nextInt(700);
            int h = 100 + random.nextInt(700);
            g.fillOval(random.nextInt(width), random.nextInt(height), w, h);
        }
        g.dispose();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(17) - 8;
                int r = clamp(((row[x] >> 16) & 255) + n);
                int gr = clamp(((row[x] >> 8) & 255) + n);
                int b = clamp((row[x] & 255) + n);
                row[x] = (r << 16) | (gr << 8) | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        byte[] jpeg = VariantEncoder.jpeg(image, 92);
        return TestPhotos.withEverything(jpeg, 1);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = ImagesBench.class.getResourceAsStream("/org/bulletin/theme/assets/" + name)) {
            return in.readAllBytes();
        }
    }

    private static long gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.size();
    }
}
