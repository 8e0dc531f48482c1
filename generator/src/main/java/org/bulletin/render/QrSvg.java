package org.bulletin.render;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG, drawn at build time (no script): one path of unit squares on a white
 * background with the standard four-module quiet zone. Error correction level M survives a creased,
 * pinned-up poster.
 */
public final class QrSvg {

    /** Quiet zone around the code, in modules. */
    public static final int BORDER = 4;

    private QrSvg() {
    }

    /** The QR matrix of a text (used by the SVG and by tests). */
    public static QrCode encode(String text) {
        return QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    }

    /**
     * An {@code <svg>} element for {@code text}.
     *
     * @param label accessible name (e.g. the URL), plain text
     */
    public static String svg(String text, String label) {
        QrCode qr = encode(text);
        int size = qr.size + 2 * BORDER;
        StringBuilder path = new StringBuilder(qr.size * qr.size * 4);
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + BORDER).append(',').append(y + BORDER).append("h1v1h-1z");
                }
            }
        }
        return "<svg class=\"qr\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" role=\"img\" aria-label=\"" + escape(label) + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
