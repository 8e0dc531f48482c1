package org.bulletin.collect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bulletin collect} ({@link CollectMain}) started in a separate JVM, its output read line by
 * line; {@link #port()} is the port of its start line (0 when it ended without listening).
 */
record CollectorProcess(Process process, int port, List<String> output, Thread reader) {

    private static final Pattern LISTENING = Pattern.compile("(?:listening on|正在) http://127\\.0\\.0\\.1:(\\d+)");

    /**
     * Starts {@code java [jvmOptions] -cp classPath CollectMain args} and waits for its start line,
     * or for its end when it does not start.
     */
    static CollectorProcess launch(String classPath, List<String> jvmOptions, String... args) throws Exception {
        return launch(List.of(), classPath, jvmOptions, args);
    }

    /**
     * As {@link #launch(String, List, String...)}, with the JVM started by {@code wrapper}, e.g.
     * {@code bash -c 'ulimit -f 64; exec "$0" "$@"'} to give it a file size limit.
     */
    static CollectorProcess launch(List<String> wrapper, String classPath, List<String> jvmOptions, String... args)
            throws Exception {
        List<String> command = new ArrayList<>(wrapper);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, CollectMain.class.getName()));
        command.addAll(List.of(args));
        if (!List.of(args).contains("--lang")) {
            command.addAll(List.of("--lang", "en")); // the tests read its English log lines
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> output = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    output.add(line);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        port.complete(Integer.parseInt(m.group(1)));
                    }
                }
            } catch (IOException e) {
                // process gone
            }
            port.complete(0);
        });
        reader.setDaemon(true);
        reader.start();
        return new CollectorProcess(process, port.get(30, TimeUnit.SECONDS), output, reader);
    }

    /** Waits for the process to end and its output to be read. */
    boolean ended() throws InterruptedException {
        boolean ended = process.waitFor(20, TimeUnit.SECONDS);
        reader.join(5_000);
        return ended;
    }
}
