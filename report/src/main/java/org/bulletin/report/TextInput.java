package org.bulletin.report;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.bulletin.problem.Text;

/** Opens a UTF-8 text file for streaming, gunzipping {@code .gz} files; bad bytes become U+FFFD. */
final class TextInput {

    private TextInput() {
    }

    static BufferedReader open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (file.getFileName().toString().endsWith(".gz")) {
            in = new GZIPInputStream(in, 1 << 16);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
    }

    /** The bad-line reason for the place where a gzip file breaks off. */
    /** Why the rest of a gzip file was skipped. */
    static Text gzipBroken() {
        return Text.of("report.bad.gzip-broken");
    }

    /** True when {@code e}, thrown while reading {@code file}, means its gzip data is truncated or damaged. */
    static boolean gzipBroken(Path file, IOException e) {
        return file.getFileName().toString().endsWith(".gz") && (e instanceof EOFException || e instanceof ZipException);
    }
}
