import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Draws the sample site's gallery photos (site-template/assets/images/review/): synthetic scenes, no
 * people, no metadata, the same bytes on every run. Run from the repository root:
 * {@code java tools/SamplePhotos.java site-template/assets/images/review}
 */
public final class SamplePhotos {

    private static final int W = 1600;
    private static final int H = 1200;

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "site-template/assets/images/review");
        Files.createDirectories(dir);
        write(garden(), dir.resolve("garden-morning.jpg"));
        write(lanterns(), dir.resolve("lantern-evening.jpg"));
        write(river(), dir.resolve("riverside-walk.jpg"));
        write(autumn(), dir.resolve("autumn-park.jpg"));
    }

    private static Graphics2D start(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static BufferedImage garden() {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 230), 0, H * 0.55f, new Color(250, 210, 160)));
        g.fillRect(0, 0, W, H);
        g.setPaint(new RadialGradientPaint(1150, 420, 260, new float[] {0f, 0.35f, 1f},
                new Color[] {new Color(255, 250, 220), new Color(255, 220, 140, 160), new Color(255, 200, 120, 0)}));
        g.fillRect(0, 0, W, H);
        hill(g, 620, 140, new Color(110, 160, 90));
        hill(g, 720, 90, new Color(80, 140, 70));
        Random random = new Random(1);
        Color[] petals = {new Color(235, 90, 110), new Color(250, 200, 60), new Color(245, 245, 240),
            new Color(180, 120, 220)};
        for (int row = 0; row < 9; row++) {
            int y = 820 + row * 45;
            for (int x = -20; x < W; x += 38 + row * 4) {
                g.setColor(new Color(60, 120, 50));
                g.fillRect(x + 10, y, 4, 30);
                g.setColor(petals[(row + x / 40) % petals.length]);
                int r = 12 + row * 2 + random.nextInt(5);
                g.fillOval(x + 12 - r / 2, y - r / 2, r, r);
            }
        }
        g.dispose();
        return image;
    }

    private static BufferedImage lanterns() {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setPaint(new GradientPaint(0, 0, new Color(15, 25, 70), 0, H, new Color(70, 40, 90)));
        g.fillRect(0, 0, W, H);
        g.setStroke(new BasicStroke(3f));
        for (int string = 0; string < 3; string++) {
            int y0 = 150 + string * 300;
            g.setColor(new Color(60, 50, 40));
            g.drawLine(0, y0, W, y0 + 40);
            for (int x = 120 + string * 90; x < W; x += 300) {
                int y = y0 + (x * 40 / W) + 30;
                g.setPaint(new RadialGradientPaint(x, y + 70, 170, new float[] {0f, 1f},
                        new Color[] {new Color(255, 170, 60, 120), new Color(255, 120, 40, 0)}));
                g.fillOval(x - 170, y - 100, 340, 340);
                g.setPaint(new GradientPaint(x - 70, y, new Color(190, 20, 30), x + 70, y, new Color(240, 70, 50)));
                g.fillOval(x - 70, y + 15, 140, 115);
                g.setColor(new Color(230, 180, 60));
                g.fillRect(x - 35, y + 5, 70, 14);
                g.fillRect(x - 35, y + 125, 70, 14);
                g.drawLine(x, y + 139, x, y + 200);
            }
        }
        g.dispose();
        return image;
    }

    private static BufferedImage river() {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setPaint(new GradientPaint(0, 0, new Color(150, 200, 240), 0, 500, new Color(225, 238, 248)));
        g.fillRect(0, 0, W, 520);
        g.setColor(new Color(120, 170, 110));
        g.fillRect(0, 500, W, H - 500);
        Path2D water = new Path2D.Double();
        water.moveTo(0, 640);
        water.curveTo(500, 560, 900, 760, W, 620);
        water.lineTo(W, 900);
        water.curveTo(1000, 1000, 500, 820, 0, 960);
        water.closePath();
        g.setPaint(new GradientPaint(0, 600, new Color(70, 130, 190), 0, 980, new Color(40, 90, 150)));
        g.fill(water);
        g.setColor(new Color(215, 200, 170));
        g.setStroke(new BasicStroke(36f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(0, 1120, W, 1020);
        Random random = new Random(3);
        for (int x = 40; x < W; x += 170) {
            int y = 470 + random.nextInt(40);
            g.setColor(new Color(110, 80, 50));
            g.fillRect(x - 8, y, 16, 90);
            g.setColor(new Color(50 + random.nextInt(30), 120 + random.nextInt(40), 60));
            g.fillOval(x - 70, y - 130, 140, 160);
        }
        g.dispose();
        return image;
    }

    private static BufferedImage autumn() {
        BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = start(image);
        g.setPaint(new GradientPaint(0, 0, new Color(250, 225, 180), 0, H, new Color(230, 160, 90)));
        g.fillRect(0, 0, W, H);
        Random random = new Random(4);
        Color[] leaves = {new Color(220, 120, 40), new Color(240, 180, 50), new Color(190, 70, 40),
            new Color(160, 110, 50)};
        for (int x = 100; x < W; x += 360) {
            g.setColor(new Color(90, 60, 40));
            g.fillRect(x - 18, 500, 36, 520);
            for (int i = 0; i < 40; i++) {
                g.setColor(leaves[random.nextInt(leaves.length)]);
                int r = 60 + random.nextInt(90);
                g.fillOval(x - 200 + random.nextInt(400) - r / 2, 180 + random.nextInt(380) - r / 2, r, r);
            }
        }
        g.setColor(new Color(150, 100, 60));
        g.fillRect(0, 1000, W, 200);
        for (int i = 0; i < 300; i++) {
            g.setColor(leaves[random.nextInt(leaves.length)]);
            g.fillOval(random.nextInt(W), 1000 + random.nextInt(200), 14, 9);
        }
        g.dispose();
        return image;
    }

    private static void hill(Graphics2D g, int top, int height, Color color) {
        Path2D p = new Path2D.Double();
        p.moveTo(0, top + height);
        p.curveTo(W * 0.3, top - height, W * 0.6, top + height * 2, W, top);
        p.lineTo(W, H);
        p.lineTo(0, H);
        p.closePath();
        g.setColor(color);
        g.fill(p);
    }

    /** A little grain, like a phone camera's, then a baseline JPEG at quality 0.85 without metadata. */
    private static void write(BufferedImage image, Path file) throws IOException {
        Random random = new Random(file.getFileName().toString().hashCode());
        int[] row = new int[W];
        for (int y = 0; y < H; y++) {
            image.getRGB(0, y, W, 1, row, 0, W);
            for (int x = 0; x < W; x++) {
                int n = random.nextInt(7) - 3;
                row[x] = clamp((row[x] >> 16 & 255) + n) << 16 | clamp((row[x] >> 8 & 255) + n) << 8
                        | clamp((row[x] & 255) + n);
            }
            image.setRGB(0, y, W, 1, row, 0, W);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.85f);
        Files.deleteIfExists(file);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        System.out.println(file + ": " + Files.size(file) + " bytes");
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
