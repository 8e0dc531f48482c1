package org.bulletin.images;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcRecord;
import org.apache.commons.imaging.formats.jpeg.iptc.IptcTypes;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.PhotoshopApp13Data;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Makes test photos: four coloured quarters, optionally with EXIF orientation, GPS, XMP, IPTC and a comment. */
final class TestPhotos {

    static final Color RED = new Color(220, 20, 20);
    static final Color GREEN = new Color(20, 200, 20);
    static final Color BLUE = new Color(20, 20, 220);
    static final Color WHITE = Color.WHITE;

    private TestPhotos() {
    }

    /** Red top-left, green top-right, blue bottom-left, white bottom-right, with some texture. */
    static BufferedImage quarters(int width, int height, int imageType) {
        BufferedImage image = new BufferedImage(width, height, imageType);
        Graphics2D g = image.createGraphics();
        int hw = width / 2;
        int hh = height / 2;
        g.setColor(RED);
        g.fillRect(0, 0, hw, hh);
        g.setColor(GREEN);
        g.fillRect(hw, 0, width - hw, hh);
        g.setColor(BLUE);
        g.fillRect(0, hh, hw, height - hh);
        g.setColor(WHITE);
        g.fillRect(hw, hh, width - hw, height - hh);
        g.setColor(new Color(0, 0, 0, 12));
        for (int i = 0; i < width; i += 37) {
            g.drawLine(i, 0, width - i, height); // texture so the encoders have something to do
        }
        g.dispose();
        return image;
    }

    static byte[] jpeg(int width, int height) throws IOException {
        return encode(quarters(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    /** Adds EXIF orientation and GPS (Beijing), XMP with a GPS position, IPTC city and a JPEG comment. */
    static byte[] withEverything(byte[] jpeg, int orientation) throws IOException {
        byte[] exif = withExif(jpeg, orientation, true);
        ByteArrayOutputStream xmp = new ByteArrayOutputStream();
        new JpegXmpRewriter().updateXmpXml(exif, xmp, "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF"
                + " xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description rdf:about=''"
                + " xmlns:exif='http://ns.adobe.com/exif/1.0/' exif:GPSLatitude='39,54.0N'"
                + " exif:GPSLongitude='116,23.0E'/></rdf:RDF></x:xmpmeta>");
        ByteArrayOutputStream iptc = new ByteArrayOutputStream();
        new JpegIptcRewriter().writeIptc(xmp.toByteArray(), iptc,
                new PhotoshopApp13Data(List.of(new IptcRecord(IptcTypes.CITY, "Beijing")), List.of()));
        return withComment(iptc.toByteArray(), "taken at 12 Garden Road, flat 3");
    }

    static byte[] withExif(byte[] jpeg, int orientation, boolean gps) throws IOException {
        try {
            TiffOutputSet set = new TiffOutputSet();
            set.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            if (gps) {
                set.setGpsInDegrees(116.3833, 39.9);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg, out, set);
            return out.toByteArray();
        } catch (ImagingException e) {
            throw new IOException(e);
        }
    }

    /** Inserts a COM segment right after SOI. */
    static byte[] withComment(byte[] jpeg, String comment) {
        byte[] text = comment.getBytes(StandardCharsets.UTF_8);
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + 4 + text.length);
        out.put(jpeg, 0, 2).put((byte) 0xff).put((byte) 0xfe).putShort((short) (text.length + 2)).put(text);
        out.put(jpeg, 2, jpeg.length - 2);
        return out.array();
    }

    /** A PNG whose header claims the given size, with almost no pixel data: decoding it would need gigabytes. */
    static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /**
     * A small PNG with a {@code type} chunk (zTXt, iTXt or iCCP) whose compressed content inflates to
     * {@code gib} GiB of zeros: past the largest Java array, so reading it whole always fails.
     */
    static byte[] pngWithMetadataBomb(String type, int gib) throws IOException {
        byte[] png = encode(quarters(64, 48, BufferedImage.TYPE_INT_RGB), "png");
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(9, true);
        byte[] zeros = new byte[1 << 20];
        byte[] buffer = new byte[1 << 16];
        ByteArrayOutputStream segment = new ByteArrayOutputStream();
        deflater.setInput(zeros);
        while (!deflater.needsInput()) {
            segment.write(buffer, 0, deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.NO_FLUSH));
        }
        int n;
        do { // a full flush ends on a byte boundary, with no reference to earlier data
            n = deflater.deflate(buffer, 0, buffer.length, java.util.zip.Deflater.FULL_FLUSH);
            segment.write(buffer, 0, n);
        } while (n == buffer.length);
        deflater.end();
        byte[] mib = segment.toByteArray(); // 1 MiB of zeros, repeatable
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        String keyword = type.equals("iCCP") ? "ICC profile" : "XML:com.adobe.xmp";
        data.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(type.equals("iTXt") ? new byte[] {0, 1, 0, 0, 0} : new byte[] {0, 0});
        data.writeBytes(new byte[] {0x78, (byte) 0xda});
        for (long i = 0; i < 1024L * gib; i++) {
            data.writeBytes(mib);
        }
        data.writeBytes(new byte[] {3, 0, 0, 0, 0, 1}); // final empty block, then a (wrong) checksum
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int ihdrEnd = 8 + 12 + 13;
        out.write(png, 0, ihdrEnd);
        chunk(out, type, data.toByteArray());
        out.write(png, ihdrEnd, png.length - ihdrEnd);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
