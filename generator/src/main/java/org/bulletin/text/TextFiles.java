package org.bulletin.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Strict UTF-8 reading: bad bytes are an editor's problem to fix, never a crash or mojibake. */
public final class TextFiles {

    private TextFiles() {
    }

    /** Reads a file as UTF-8, dropping a leading byte-order mark and normalising CRLF to LF. */
    public static String readUtf8(Path file) throws IOException {
        return decode(Files.readAllBytes(file));
    }

    /** Decodes UTF-8 strictly, dropping a BOM and normalising line ends. */
    public static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The 1-based line of the first byte that is not valid UTF-8, or 1. */
    public static int firstBadLine(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int line = 1;
        for (int start = 0; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start));
            } catch (CharacterCodingException e) {
                return line;
            }
            line++;
            start = end + 1;
        }
        return 1;
    }
}
