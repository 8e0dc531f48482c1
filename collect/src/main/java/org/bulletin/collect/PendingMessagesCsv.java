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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * {@code messages-pending.csv}: new messages in the message-wall CSV format
 * ({@code date,name,message,reply,approved}, RFC 4180 quoting, UTF-8 with a BOM so that Excel and
 * WPS read it as UTF-8) with {@code approved=no}, for the editor to review. A name or message that
 * starts with {@code = + - @} gets a {@code '} in front so a spreadsheet never runs it as a formula
 * ({@code messages.jsonl} keeps the text as sent). The file is opened for each append, so an editor
 * replacing it between appends loses nothing. Which messages were copied is kept by id in
 * {@link CopiedIds} ({@code messages-pending.ids}), not read back from the editor's file.
 */
final class PendingMessagesCsv {

    static final String HEADER = "date,name,message,reply,approved\n";
    static final String BOM = "\uFEFF";

    private final Path file;
    private final CopiedIds copied;
    private final ZoneId zone;
    private final CollectWords words;
    private final Consumer<String> log;

    PendingMessagesCsv(Path file, ZoneId zone, Consumer<String> log) {
        this(file, zone, log, CollectWords.of(java.util.Locale.ENGLISH));
    }

    /** The same, its log lines in {@code words}' language. */
    PendingMessagesCsv(Path file, ZoneId zone, Consumer<String> log, CollectWords words) {
        this.words = words;
        this.file = file;
        this.copied = new CopiedIds(file.resolveSibling("messages-pending.ids"));
        this.zone = zone;
        this.log = log;
    }

    /** The CSV row (with line end) for a stored message record. */
    String rowFor(JsonNode message) {
        List<String> fields = fieldsOf(message);
        return String.join(",", List.of(fields.get(0), quote(fields.get(1)), quote(fields.get(2)), "", "no")) + "\n";
    }

    /** Date, name and message as the row holds them (unquoted, formulas neutralised). */
    private List<String> fieldsOf(JsonNode message) {
        String date = OffsetDateTime.parse(message.path("sentAt").asText()).atZoneSameInstant(zone)
                .toLocalDate().toString();
        JsonNode name = message.path("name");
        return List.of(date, inert(name.isTextual() ? name.asText() : ""), inert(message.path("message").asText()));
    }

    /** A leading = + - @ is prefixed with ' so spreadsheets never run the text as a formula. */
    static String inert(String field) {
        return !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, quotes doubled. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /** Adds the rows of stored messages, then records their ids as copied. */
    void add(List<? extends JsonNode> messages) throws IOException {
        append(messages.stream().map(this::rowFor).toList());
        copied.add(messages.stream().map(m -> m.path("id").asText()).toList());
    }

    /**
     * Appends rows and fsyncs; creates the file with its BOM and header when missing or empty.
     * After a failed or short write the file is cut back to its size before, so it never keeps
     * half a row.
     */
    private void append(List<String> rows) throws IOException {
        StringBuilder text = new StringBuilder();
        boolean created = !Files.exists(file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            long size = channel.size();
            if (size == 0) {
                text.append(BOM).append(HEADER);
            } else if (!endsWithNewline(channel, size)) {
                text.append('\n'); // saved by a spreadsheet without a final line break
            }
            rows.forEach(text::append);
            ByteBuffer bytes = StandardCharsets.UTF_8.encode(text.toString());
            long position = size;
            try {
                while (bytes.hasRemaining()) {
                    position += channel.write(bytes, position);
                }
                channel.force(false);
            } catch (IOException e) {
                cutBack(channel, size);
                throw e;
            }
        }
        if (created) {
            DurableFiles.syncDirectory(file.getParent());
        }
    }

    private void cutBack(FileChannel channel, long size) {
        try {
            if (channel.size() > size) {
                channel.truncate(size);
                channel.force(true);
            }
        } catch (IOException e) {
            log.accept(words.say("collect.csv.cut-back-failed", file.getFileName(), e.getMessage()));
        }
    }

    /**
     * At start: creates the file when missing; sets aside a half-written last row left by a crash;
     * then adds every stored message whose id was never copied (a row already in the file with
     * the same date, name and message is only recorded as copied). Messages the editor has
     * removed from the file are not added again.
     */
    void recover(List<JsonNode> storedMessages, boolean afterCrash) throws IOException {
        boolean fresh = !Files.exists(file);
        if (fresh) {
            append(List.of());
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
            log.accept(words.say("collect.csv.partial-row", file.getFileName(), aside.getFileName()));
        }
        // rows by date, name and message, counted: two residents may write the same words on one day
        Map<String, Integer> rows = new HashMap<>();
        for (List<String> row : scan.rows()) {
            if (row.size() >= 3) {
                rows.merge(String.join("\u0000", row.subList(0, 3)), 1, Integer::sum);
            }
        }
        Set<String> done = copied.read();
        if (done == null) {
            // a folder from before messages-pending.ids: what the file shows; all after a clean stop
            // or when the editor removed the file
            List<String> known = new ArrayList<>();
            for (JsonNode m : storedMessages) {
                if (!afterCrash || fresh || takeRow(rows, m)) {
                    known.add(m.path("id").asText());
                }
            }
            copied.create(known);
            done = new HashSet<>(known);
        } else {
            for (JsonNode m : storedMessages) {
                if (done.contains(m.path("id").asText())) {
                    takeRow(rows, m);
                }
            }
        }
        List<JsonNode> shown = new ArrayList<>();
        List<JsonNode> missing = new ArrayList<>();
        for (JsonNode m : storedMessages) {
            if (!done.contains(m.path("id").asText())) {
                (takeRow(rows, m) ? shown : missing).add(m);
            }
        }
        copied.add(shown.stream().map(m -> m.path("id").asText()).toList());
        if (!missing.isEmpty()) {
            add(missing);
            log.accept(words.say(afterCrash ? "collect.csv.caught-up-after-crash" : "collect.csv.caught-up",
                    file.getFileName(), missing.size()));
        }
    }

    /** Whether a row for {@code message} is left in {@code rows}; takes it. */
    private boolean takeRow(Map<String, Integer> rows, JsonNode message) {
        String key = String.join("\u0000", fieldsOf(message));
        Integer left = rows.get(key);
        if (left == null) {
            return false;
        }
        if (left == 1) {
            rows.remove(key);
        } else {
            rows.put(key, left - 1);
        }
        return true;
    }

    private static boolean endsWithNewline(FileChannel channel, long size) throws IOException {
        ByteBuffer last = ByteBuffer.allocate(1);
        channel.read(last, size - 1);
        return last.get(0) == '\n';
    }
}
