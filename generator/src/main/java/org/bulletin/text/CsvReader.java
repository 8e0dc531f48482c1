package org.bulletin.text;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma separated, fields in double quotes may hold commas, doubled
 * quotes and line breaks; CRLF, LF and CR line ends; a leading UTF-8 byte order mark is skipped.
 * Each record carries the line it starts on, so errors can name it.
 */
public final class CsvReader {

    // the message keys, here before any quote character in the code (which confuses simple readers of it)
    private static final String UNCLOSED_QUOTE = "csv.unclosed-quote";
    private static final String TEXT_AFTER_QUOTE = "csv.text-after-quote";
    private static final String QUOTE_INSIDE = "csv.quote-inside";


    /**
     * One record.
     *
     * @param line   1-based line the record starts on
     * @param fields the fields, unquoted
     */
    public record Row(int line, List<String> fields) {

        public Row {
            fields = List.copyOf(fields);
        }

        /** True for a row with no text at all (skipped by callers). */
        public boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** A quoting error: the line where the broken field starts and what is wrong. */
    public static final class MalformedException extends Exception {
        private final int line;
        private final org.bulletin.problem.Text text;

        MalformedException(int line, org.bulletin.problem.Text text) {
            super(text.english());
            this.line = line;
            this.text = text;
        }

        public int line() {
            return line;
        }

        /** What is wrong, in the catalogue's words (the message is its English). */
        public org.bulletin.problem.Text text() {
            return text;
        }
    }

    private final Reader in;
    private int line = 1;
    private int pushback = -2;
    private boolean started;

    public CsvReader(Reader in) {
        this.in = in;
    }

    private int read() throws IOException {
        if (pushback != -2) {
            int c = pushback;
            pushback = -2;
            return c;
        }
        int c = in.read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = in.read();
            }
        }
        return c;
    }

    /** The next record, or null at the end of the input. */
    public Row next() throws IOException, MalformedException {
        int c = read();
        if (c == -1) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean afterQuote = false;
        while (true) {
            if (quoted) {
                if (c == -1) {
                    throw new MalformedException(start, org.bulletin.problem.Text.of(UNCLOSED_QUOTE));
                }
                if (c == '"') {
                    int d = read();
                    if (d == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        afterQuote = true;
                        c = d;
                        continue;
                    }
                } else {
                    if (c == '\n' || (c == '\r')) {
                        line++;
                        if (c == '\r') {
                            int d = read();
                            if (d != '\n') {
                                pushback = d;
                            }
                            c = '\n';
                        }
                    }
                    field.append((char) c);
                }
                c = read();
                continue;
            }
            if (c == ',' ) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r') {
                    int d = read();
                    if (d != '\n') {
                        pushback = d;
                    }
                }
                if (c != -1) {
                    line++;
                }
                fields.add(field.toString());
                return new Row(start, fields);
            } else if (afterQuote) {
                throw new MalformedException(line, org.bulletin.problem.Text.of(TEXT_AFTER_QUOTE));
            } else if (c == '"') {
                if (field.length() > 0) {
                    throw new MalformedException(line, org.bulletin.problem.Text.of(QUOTE_INSIDE));
                }
                quoted = true;
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }
}
