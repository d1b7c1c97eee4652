package org.globalhub.web.shell;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.util.Map;

/**
 * A QR code as inline SVG, drawn on the server (no third-party service sees an authenticator's
 * secret).
 */
public final class QrSvg {

    private QrSvg() {}

    /** The SVG of {@code text}, or an empty string when there is nothing to draw. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        try {
            BitMatrix matrix =
                    new QRCodeWriter()
                            .encode(
                                    text,
                                    BarcodeFormat.QR_CODE,
                                    0,
                                    0,
                                    Map.of(EncodeHintType.MARGIN, 2));
            StringBuilder path = new StringBuilder();
            for (int y = 0; y < matrix.getHeight(); y++) {
                for (int x = 0; x < matrix.getWidth(); x++) {
                    if (matrix.get(x, y)) {
                        path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                    }
                }
            }
            return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 "
                    + matrix.getWidth()
                    + " "
                    + matrix.getHeight()
                    + "\" width=\"220\" height=\"220\" shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"100%\" height=\"100%\""
                    + " fill=\"#fff\"/><path fill=\"#000\" d=\""
                    + path
                    + "\"/></svg>";
        } catch (WriterException e) {
            return "";
        }
    }
}
