package org.bulletin.parse;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bulletin.model.Message;
import org.bulletin.problem.Problems;
import org.bulletin.problem.Text;

import org.bulletin.text.CsvReader;
import org.bulletin.text.DateText;
/**
 * Reads the message wall, {@code data/messages.csv}: UTF-8 (with or without BOM), RFC 4180, a header
 * row naming the columns {@code date}, {@code name}, {@code message} and optionally {@code reply} and
 * {@code approved}. Rows whose {@code approved} is {@code no}/{@code false} are left out. Every
 * problem is reported as {@code data/messages.csv:LINE: …}; the text stays plain text.
 */
public final class MessagesCsvParser {

    /** The longest message or reply the wall shows, in characters (the collector takes at most 500). */
    public static final int MAX_LENGTH = 2000;

    public static final String FILE = "messages.csv";
    static final Set<String> COLUMNS = Set.of("date", "name", "message", "reply", "approved");

    private MessagesCsvParser() {
    }

    /** The approved messages of the site's data folder (none when the file does not exist). */
    public static List<Message> parse(Path siteDir, String dataFolder, Problems problems) throws IOException {
        Path file = siteDir.resolve(dataFolder).resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        String name = dataFolder + "/" + FILE;
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            problems.error(name, 0, Text.of("message.not-utf8"));
            return List.of();
        }
        return parse(new java.io.StringReader(text), name, problems);
    }

    /**
     * Parses CSV text.
     *
     * @param name the file name used in problems
     */
    public static List<Message> parse(Reader reader, String name, Problems problems) throws IOException {
        CsvReader csv = new CsvReader(reader);
        List<Message> messages = new ArrayList<>();
        try {
            CsvReader.Row header = csv.next();
            while (header != null && header.blank()) {
                header = csv.next();
            }
            if (header == null) {
                return List.of();
            }
            Map<String, Integer> columns = columns(header, name, problems);
            if (columns == null) {
                return List.of();
            }
            for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
                if (!row.blank()) {
                    Message m = message(row, header.fields().size(), columns, name, problems);
                    if (m != null) {
                        messages.add(m);
                    }
                }
            }
        } catch (CsvReader.MalformedException e) {
            problems.error(name, e.line(), e.text());
        }
        return messages;
    }

    private static Map<String, Integer> columns(CsvReader.Row header, String name, Problems problems) {
        Map<String, Integer> columns = new HashMap<>();
        boolean ok = true;
        for (int i = 0; i < header.fields().size(); i++) {
            String column = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(column)) {
                problems.error(name, header.line(), Text.of("message.unknown-column", header.fields().get(i)));
                ok = false;
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.error(name, header.line(), Text.of("message.column-twice", column));
                ok = false;
            }
        }
        for (String required : List.of("date", "message")) {
            if (!columns.containsKey(required)) {
                problems.error(name, header.line(), Text.of("message.missing-column", required));
                ok = false;
            }
        }
        return ok ? columns : null;
    }

    private static Message message(CsvReader.Row row, int width, Map<String, Integer> columns, String name,
                                   Problems problems) {
        if (row.fields().size() != width) {
            problems.error(name, row.line(), Text.of("message.row-width", row.fields().size(), width));
            return null;
        }
        String approved = field(row, columns, "approved").toLowerCase(Locale.ROOT);
        switch (approved) {
            case "", "yes", "true", "y", "1", "是" -> { }
            case "no", "false", "n", "0", "否" -> {
                return null;
            }
            default -> {
                problems.error(name, row.line(), Text.of("message.approved", approved));
                return null;
            }
        }
        String dateText = field(row, columns, "date");
        LocalDate date = date(dateText);
        boolean ok = true;
        if (date == null) {
            problems.error(name, row.line(), Text.of("message.bad-date", dateText));
            ok = false;
        }
        String text = field(row, columns, "message");
        if (text.isBlank()) {
            problems.error(name, row.line(), Text.of("message.empty"));
            ok = false;
        }
        return ok ? new Message(date, unguarded(field(row, columns, "name").strip()),
                limited(unguarded(normalise(text).strip()), "message", name, row.line(), problems),
                limited(unguarded(normalise(field(row, columns, "reply")).strip()), "reply", name, row.line(),
                        problems), row.line()) : null;
    }

    private static String field(CsvReader.Row row, Map<String, Integer> columns, String column) {
        Integer i = columns.get(column);
        return i == null ? "" : row.fields().get(i);
    }

    /**
     * {@code text} cut to {@link #MAX_LENGTH} characters (the last one an ellipsis), with a warning, when it
     * is longer: one row must not make every page that shows the wall megabytes long.
     */
    private static String limited(String text, String what, String file, int line, Problems problems) {
        int length = text.codePointCount(0, text.length());
        if (length <= MAX_LENGTH) {
            return text;
        }
        problems.warning(file, line, what.equals("reply") ? Text.of("message.reply-too-long", length, MAX_LENGTH - 1)
                : Text.of("message.too-long", length, MAX_LENGTH - 1));
        return text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH - 1)) + "…";
    }

    /**
     * The text without the {@code '} that {@code bulletin collect}'s review file (and a spreadsheet)
     * puts before a leading {@code = + - @} so that it is never run as a formula: the wall shows what the
     * resident wrote.
     */
    static String unguarded(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    private static String normalise(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** 2022-03-15, 2022/3/15, 2022.3.15 or 2022年3月15日, optionally followed by a time ({@link DateText}); else null. */
    static LocalDate date(String text) {
        return DateText.date(text);
    }
}
