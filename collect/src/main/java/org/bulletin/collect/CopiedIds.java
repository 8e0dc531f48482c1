package org.bulletin.collect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code messages-pending.ids}: the id of every message copied to {@code messages-pending.csv},
 * one JSON string a line, appended and fsynced after the rows. Recovery compares message ids
 * with it, so an editor emptying the CSV never brings old messages back, and a message whose row
 * could not be written is added at the next start wherever it stands in {@code messages.jsonl}.
 */
final class CopiedIds {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    CopiedIds(Path file) {
        this.file = file;
    }

    /** The ids recorded, or null when the file does not exist yet. A torn last line is ignored. */
    Set<String> read() throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        Set<String> ids = new HashSet<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) {
                continue;
            }
            try {
                ids.add(JSON.readValue(line, String.class));
            } catch (JsonProcessingException e) {
                // a line torn by a crash: its messages are matched by their rows instead
            }
        }
        return ids;
    }

    /** Creates the file with {@code ids}. */
    void create(List<String> ids) throws IOException {
        add(ids);
        DurableFiles.syncDirectory(file.getParent());
    }

    /** Appends {@code ids} and fsyncs (creating the file when missing). */
    void add(List<String> ids) throws IOException {
        if (ids.isEmpty() && Files.exists(file)) {
            return;
        }
        // each write starts with a line break, so a torn earlier line never joins the next id
        StringBuilder text = new StringBuilder();
        for (String id : ids) {
            text.append('\n').append(JSON.writeValueAsString(id));
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
