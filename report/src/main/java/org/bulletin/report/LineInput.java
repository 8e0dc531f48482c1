package org.bulletin.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import org.bulletin.problem.Text;

/**
 * Reads a text file ({@link TextInput}: UTF-8, gunzipped when it ends in {@code .gz}) line by line,
 * bounded: a line longer than {@link #MAX} characters is skipped (counted as a bad line with its
 * number) without ever being held in memory, and a truncated or damaged gzip file ends where it
 * broke, with a bad line naming the place. Lines end at {@code \n}, {@code \r\n} or {@code \r}.
 */
final class LineInput implements Closeable {

    /** The longest line kept, in UTF-16 characters (64 Ki). */
    static final int MAX = 1 << 16;

    private final Reader in;
    private final Path file;
    private final String name;
    private final BadLines bad;
    private final char[] buffer = new char[1 << 16];
    private int pos;
    private int end;
    private long line;
    private boolean done;
    private boolean broken;

    private LineInput(Reader in, Path file, BadLines bad) {
        this.in = in;
        this.file = file;
        this.name = file.toString();
        this.bad = bad;
    }

    static LineInput open(Path file, BadLines bad) throws IOException {
        return new LineInput(TextInput.open(file), file, bad);
    }

    /** The number of the line {@link #next} returned last (1 for the first). */
    long line() {
        return line;
    }

    /** The next line without its terminator, or null at the end (or where a gzip file broke). */
    String next() throws IOException {
        StringBuilder s = new StringBuilder();
        while (true) {
            s.setLength(0);
            boolean overlong = false;
            boolean any = false;
            while (true) {
                if (pos == end && !fill()) {
                    if (broken || !any) {
                        return null;
                    }
                    break;
                }
                any = true;
                char c = buffer[pos++];
                if (c == '\n') {
                    break;
                }
                if (c == '\r') {
                    if ((pos < end || fill()) && buffer[pos] == '\n') {
                        pos++;
                    }
                    break;
                }
                if (s.length() < MAX) {
                    s.append(c);
                } else {
                    overlong = true;
                }
            }
            line++;
            if (!overlong) {
                return s.toString();
            }
            bad.add(name, line, Text.of("report.bad.too-long", MAX));
        }
    }

    /** Reads more characters; false at the end of the file or where a gzip file broke. */
    private boolean fill() throws IOException {
        if (done) {
            return false;
        }
        try {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                done = true;
                return false;
            }
            pos = 0;
            end = n;
            return true;
        } catch (IOException e) {
            if (!TextInput.gzipBroken(file, e)) {
                throw e;
            }
            bad.add(name, line + 1, TextInput.gzipBroken());
            done = true;
            broken = true;
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
