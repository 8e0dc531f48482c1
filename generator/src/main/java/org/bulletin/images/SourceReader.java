package org.bulletin.images;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import com.luciad.imageio.webp.WebPImageReaderSpi;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Reads a source photo: size from the header, orientation and GPS from the metadata, then the pixels. */
final class SourceReader {

    /** Width and height as stored (before orientation). */
    record Size(int width, int height) {
    }

    /** Orientation 1–8 and whether GPS location data was present. */
    record Facts(int orientation, boolean hadGps) {
    }

    private SourceReader() {
    }

    /** The stored size, read from the header without decoding the pixels. */
    static Size size(byte[] bytes, ImageFormat format, String reference) throws ImageException {
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            return new Size(reader.getWidth(0), reader.getHeight(0));
        } catch (IOException | RuntimeException e) {
            throw new ImageException(ImageProblem.damaged(reference, detail(e)));
        } finally {
            reader.dispose();
        }
    }

    /** EXIF orientation and GPS presence; a file whose metadata cannot be parsed counts as upright. */
    static Facts facts(byte[] bytes) {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(bytes), bytes.length);
            int orientation = 1;
            for (ExifIFD0Directory dir : metadata.getDirectoriesOfType(ExifIFD0Directory.class)) {
                if (dir.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                    orientation = dir.getInt(ExifIFD0Directory.TAG_ORIENTATION);
                }
            }
            boolean gps = metadata.getDirectoriesOfType(GpsDirectory.class).stream().anyMatch(d -> d.getTagCount() > 0);
            for (XmpDirectory xmp : metadata.getDirectoriesOfType(XmpDirectory.class)) {
                gps |= xmp.getXmpProperties().keySet().stream().anyMatch(k -> k.contains("GPS"));
            }
            return new Facts(orientation, gps);
        } catch (ImageProcessingException | IOException | MetadataException | RuntimeException e) {
            return new Facts(1, false);
        }
    }

    /** The pixels as {@code TYPE_INT_RGB}, or {@code TYPE_INT_ARGB} when the image has transparency. */
    static BufferedImage decode(byte[] bytes, ImageFormat format, String reference) throws ImageException {
        ImageReader reader = reader(format);
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image;
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            image = reader.read(0);
        } catch (IOException | RuntimeException e) {
            String detail = detail(e);
            if (detail.contains("Unsupported Image Type")) {
                throw new ImageException(ImageProblem.cmyk(reference));
            }
            throw new ImageException(ImageProblem.damaged(reference, detail));
        } finally {
            reader.dispose();
        }
        for (String warning : warnings) {
            String lower = warning.toLowerCase(java.util.Locale.ROOT);
            if (lower.contains("premature end") || lower.contains("truncated")) {
                throw new ImageException(ImageProblem.damaged(reference, warning.trim()));
            }
        }
        return standard(image);
    }

    private static BufferedImage standard(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (image.getType() == type) {
            return image;
        }
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static ImageReader reader(ImageFormat format) {
        if (format == ImageFormat.WEBP) {
            try {
                return new WebPImageReaderSpi().createReaderInstance();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.formatName());
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        return readers.next();
    }

    private static String detail(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.trim();
    }
}
