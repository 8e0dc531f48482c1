package org.bulletin.images;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Turns a decoded photo upright according to its EXIF orientation (1–8), pixel by pixel. */
final class Orientation {

    private Orientation() {
    }

    /** True when the orientation swaps width and height (5–8). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /**
     * The upright image. {@code image} must be {@code TYPE_INT_RGB} or {@code TYPE_INT_ARGB};
     * the result has the same type. Orientation 1 or an unknown value returns the image itself.
     */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = swapsSides(orientation);
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        BufferedImage out = new BufferedImage(ow, oh, image.getType());
        int[] src = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int[] dst = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < oh; y++) {
            int row = y * ow;
            for (int x = 0; x < ow; x++) {
                int sx;
                int sy;
                switch (orientation) {
                    case 2 -> { sx = w - 1 - x; sy = y; }
                    case 3 -> { sx = w - 1 - x; sy = h - 1 - y; }
                    case 4 -> { sx = x; sy = h - 1 - y; }
                    case 5 -> { sx = y; sy = x; }
                    case 6 -> { sx = y; sy = h - 1 - x; }
                    case 7 -> { sx = w - 1 - y; sy = h - 1 - x; }
                    default -> { sx = w - 1 - y; sy = x; }
                }
                dst[row + x] = src[sy * w + sx];
            }
        }
        return out;
    }
}
