package org.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

public class QrSvgTest {

    /** Rasterises the SVG's unit squares (M x,y h1v1h-1z) and decodes the picture with ZXing. */
    public static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\1\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int modules = Integer.parseInt(box.group(1));
        int scale = 8;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        while (m.find()) {
            int x0 = Integer.parseInt(m.group(1)) * scale;
            int y0 = Integer.parseInt(m.group(2)) * scale;
            for (int y = y0; y < y0 + scale; y++) {
                Arrays.fill(pixels, y * size + x0, y * size + x0 + scale, 0xFF000000);
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void decodesBackToTheUrl() throws Exception {
        String url = "https://example.org/meiting/quizzes/social-work-week.html";
        String svg = QrSvg.svg(url, url);
        assertThat(decode(svg)).isEqualTo(url);
        assertThat(svg).startsWith("<svg class=\"qr\"").contains("aria-label=\"" + url + "\"");
    }

    @Test
    void decodesChineseText() throws Exception {
        assertThat(decode(QrSvg.svg("https://example.org/美亭/", "x"))).isEqualTo("https://example.org/美亭/");
    }

    @Test
    void escapesTheLabel() {
        assertThat(QrSvg.svg("x", "a\"<b>")).contains("aria-label=\"a&quot;&lt;b&gt;\"");
    }
}
