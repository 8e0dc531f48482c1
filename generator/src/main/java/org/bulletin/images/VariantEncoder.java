package org.bulletin.images;

import com.luciad.imageio.webp.CompressionType;
import com.luciad.imageio.webp.WebPImageWriterSpi;
import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import net.coobird.thumbnailator.Thumbnails;

/**
 * Resizes an upright photo with Thumbnailator and encodes WebP plus a JPEG or PNG fallback.
 * No metadata is written: ImageIO is given none, so JPEGs carry only the JFIF header.
 */
final class VariantEncoder {

    /** Changes whenever the bytes this class produces would change; part of the cache key. */
    static final String VERSION = "bulletin-images-3;webp-imageio-" + webpVersion() + ";thumbnailator-0.4.21;java-"
            + Runtime.version().feature() + "." + Runtime.version().interim() + "." + Runtime.version().update();

    /** One encoded file before it is published. */
    record Encoded(int width, int height, String format, byte[] data) {
    }

    private VariantEncoder() {
    }

    /** The widths to publish for a photo {@code sourceWidth} wide: never wider than the photo itself. */
    static List<Integer> widthsFor(int sourceWidth, ImageOptions options) {
        List<Integer> result = new ArrayList<>();
        for (int w : options.widths()) {
            if (w < sourceWidth) {
                result.add(w);
            }
        }
        if (options.keepOriginal() || options.widths().get(options.widths().size() - 1) >= sourceWidth) {
            result.add(sourceWidth);
        }
        return result;
    }

    /**
     * A graphic rather than a photo: at most {@value #GRAPHIC_COLOURS} distinct colours (screenshots,
     * diagrams, QR codes). Lossy JPEG and WebP smear their edges and text, so they stay lossless.
     * Photos exceed the limit within a few hundred pixels, so the count stops early for them.
     */
    static boolean fewColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        int width = image.getWidth();
        int[] row = new int[width];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int rgb : row) {
                if (colours.add(rgb) && colours.size() > GRAPHIC_COLOURS) {
                    return false;
                }
            }
        }
        return true;
    }

    static final int GRAPHIC_COLOURS = 1024;

    /**
     * Every variant: for each width, WebP and the fallback ({@code png} keeps transparency and graphics,
     * else {@code jpeg}); WebP is lossless for a graphic.
     */
    static List<Encoded> encode(BufferedImage upright, String fallback, boolean lossless, ImageOptions options) {
        List<Integer> widths = widthsFor(upright.getWidth(), options);
        Encoded[] out = new Encoded[widths.size() * 2];
        BufferedImage previous = upright;
        // largest first, each smaller width scaled from the one before: far less work than from the source
        for (int i = widths.size() - 1; i >= 0; i--) {
            int width = widths.get(i);
            BufferedImage scaled = resize(previous.getWidth() >= width * 3 / 2 ? previous : upright, width);
            out[2 * i] = new Encoded(scaled.getWidth(), scaled.getHeight(), "webp", webp(scaled, lossless ? -1 : options.quality()));
            byte[] data = fallback.equals("png") ? png(scaled) : jpeg(scaled, options.quality());
            out[2 * i + 1] = new Encoded(scaled.getWidth(), scaled.getHeight(), fallback, data);
            previous = scaled;
        }
        return List.of(out);
    }

    static BufferedImage resize(BufferedImage image, int width) {
        if (width == image.getWidth()) {
            return image;
        }
        int height = Math.max(1, (int) Math.round((double) image.getHeight() * width / image.getWidth()));
        try {
            return Thumbnails.of(image).forceSize(width, height).imageType(image.getType()).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage image, int quality) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = rgb.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality / 100f);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        return write(writer, rgb, param);
    }

    static byte[] png(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        return write(writer, image, writer.getDefaultWriteParam());
    }

    /** Lossy WebP at {@code quality}, or lossless when {@code quality} is negative. */
    static byte[] webp(BufferedImage image, int quality) {
        try {
            ImageWriter writer = new WebPImageWriterSpi().createWriterInstance();
            WebPWriteParam param = new WebPWriteParam(Locale.ROOT);
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(quality < 0 ? CompressionType.Lossless : CompressionType.Lossy);
            param.setCompressionQuality(quality < 0 ? 1f : quality / 100f);
            param.setThreadLevel(0);
            return write(writer, image, param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(ImageWriter writer, BufferedImage image, ImageWriteParam param) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String webpVersion() {
        try (InputStream in = WebPWriteParam.class.getResourceAsStream("/webp-imageio.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("webp_imageio_version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
