package org.bulletin.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code messages-pending.csv}: new messages in the message-wall CSV format
 * ({@code date,name,message,reply,approved}, RFC 4180 quoting, UTF-8) with {@code approved=no},
 * for the editor to review. The file is opened for each append, so an editor replacing it between
 * appends loses nothing.
 */
final class PendingMessagesCsv {

    static final String HEADER = "date,name,message,reply,approved\n";

    private final Path file;
    private final ZoneId zone;
    private final Consumer<String> log;

    PendingMessagesCsv(Path file, ZoneId zone, Consumer<String> log) {
        this.file = file;
        this.zone = zone;
        this.log = log;
    }

    /** The CSV row (with line end) for a stored message record. */
    String rowFor(JsonNode message) {
        return String.join(",", List.of(dateOf(message), quote(nameOf(message)),
                quote(message.path("message").asText()), "", "no")) + "\n";
    }

    /** The day the message was sent, in the collector's zone. */
    private String dateOf(JsonNode message) {
        return OffsetDateTime.parse(message.path("sentAt").asText()).atZoneSameInstant(zone).toLocalDate().toString();
    }

    private static String nameOf(JsonNode message) {
        JsonNode name = message.path("name");
        return name.isTextual() ? name.asText() : "";
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Appends rows and fsyncs; creates the file with its header when missing. */
    void append(List<String> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        boolean created = !Files.exists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long size = channel.size();
            if (size == 0) {
                text.append(HEADER);
            } else if (!endsWithNewline(channel, size)) {
                text.append('\n'); // saved by a spreadsheet without a final line break
            }
            rows.forEach(text::append);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
            long position = size;
            while (bytes.hasRemaining()) {
                position += channel.write(bytes, position);
            }
            channel.force(false);
        }
        if (created) {
            DurableFiles.syncDirectory(file.getParent());
        }
    }

    /**
     * At start: creates the file when missing; sets aside a half-written last row left by a crash;
     * after a crash also adds the newest messages of {@code messages.jsonl} that did not reach the
     * CSV (the trailing ones after the last message the CSV has).
     */
    void recover(List<JsonNode> storedMessages, boolean afterCrash) throws IOException {
        if (!Files.exists(file)) {
            append(List.of());
            return;
        }
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.UTF_8);
        CsvScan scan = CsvScan.of(text);
        if (scan.tailStart() < text.length()) {
            long from = text.substring(0, scan.tailStart()).getBytes(StandardCharsets.UTF_8).length;
            Path aside = DurableFiles.setAside(file, from);
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(from);
                channel.force(true);
            }
            log.accept(file.getFileName() + ": set aside a half-written last row as " + aside.getFileName());
        }
        if (!afterCrash) {
            return;
        }
        Set<String> present = new HashSet<>();
        for (List<String> row : scan.rows()) {
            if (row.size() >= 3) {
                present.add(row.get(0) + '\u0000' + row.get(1) + '\u0000' + row.get(2));
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = storedMessages.size() - 1; i >= 0; i--) {
            JsonNode m = storedMessages.get(i);
            String key = dateOf(m) + '\u0000' + nameOf(m) + '\u0000' + m.path("message").asText();
            if (present.contains(key)) {
                break;
            }
            missing.add(0, rowFor(m));
        }
        if (!missing.isEmpty()) {
            append(missing);
            log.accept(file.getFileName() + ": added " + missing.size()
                    + " message(s) stored in messages.jsonl just before the collector stopped unexpectedly");
        }
    }

    /**
     * Complete rows of a CSV text, and where an incomplete last row starts (the text length when
     * the text is complete). A last row without a line break counts as complete when its quotes
     * are closed, it has all five columns and ends with {@code yes} or {@code no}.
     */
    record CsvScan(List<List<String>> rows, int tailStart) {

        static CsvScan of(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int rowStart = 0;
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    rowStart = i + 1;
                } else {
                    field.append(c);
                }
                i++;
            }
            if (rowStart < text.length()) {
                row.add(field.toString());
                String approved = row.get(row.size() - 1).trim();
                if (quoted || row.size() < 5 || !(approved.equalsIgnoreCase("yes") || approved.equalsIgnoreCase("no"))) {
                    return new CsvScan(rows, rowStart);
                }
                rows.add(row);
            }
            return new CsvScan(rows, text.length());
        }
    }

    private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }
}
