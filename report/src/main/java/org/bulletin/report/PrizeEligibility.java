package org.bulletin.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bulletin.collect.ValueRules;
import org.bulletin.problem.Text;

/**
 * Who may win, among the counted records at or above their quiz's prize score: with the collector's key,
 * only claims it signed for that very record; nobody on the exclusion list (staff, volunteers: by phone or
 * name); per quiz, one record per normalised phone number and one per device (the earliest received wins;
 * each quiz has its own prizes). Every
 * record left out is listed with its reason.
 */
final class PrizeEligibility {

    /**
     * @param eligible the records that may win, sorted by key
     * @param refused  the others, in input order
     */
    record Outcome(List<ScoredSubmission> eligible, List<Refusal> refused) { }

    /**
     * One person the exclusion list names.
     *
     * @param value normalised phone or name
     * @param where {@code file:line}
     */
    private record Excluded(String value, String where) { }

    private final boolean keyGiven;
    private final Map<String, Excluded> excluded = new HashMap<>();

    PrizeEligibility(boolean keyGiven, List<Path> excludeFiles, BadLines bad) throws IOException {
        this.keyGiven = keyGiven;
        for (Path file : excludeFiles) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).replace("\uFEFF", "").strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                for (String cell : line.split("[,\t;，]")) {
                    String v = cell.strip();
                    String key = key(v);
                    if (!key.isEmpty()) {
                        excluded.putIfAbsent(key, new Excluded(v, file + ":" + (i + 1)));
                    }
                }
            }
        }
    }

    /** A phone (7 or more digits) as digits, else a name as written; empty for nothing. */
    private static String key(String value) {
        String phone = ValueRules.normalisePhone(value);
        return phone.length() >= 7 ? "phone:" + phone : value.isBlank() ? "" : "name:" + value.strip();
    }

    Outcome decide(List<ScoredSubmission> candidates) {
        List<ScoredSubmission> order = new ArrayList<>(candidates);
        order.sort(Comparator.comparing((ScoredSubmission s) -> s.submission().arrived())
                .thenComparing(PrizeDraw::key));
        List<ScoredSubmission> eligible = new ArrayList<>();
        List<Refusal> refused = new ArrayList<>();
        Map<String, ScoredSubmission> byPhone = new HashMap<>();
        Map<String, ScoredSubmission> byDevice = new HashMap<>();
        for (ScoredSubmission s : order) {
            Text why = refusal(s, byPhone, byDevice);
            if (why != null) {
                refused.add(Refusal.of(s, why));
                continue;
            }
            eligible.add(s);
            String phone = ValueRules.normalisePhone(s.submission().phone());
            if (!phone.isEmpty()) {
                byPhone.put(s.submission().quiz() + "\u0000" + phone, s);
            }
            if (!s.submission().paper()) {
                byDevice.put(s.submission().quiz() + "\u0000" + s.submission().client(), s);
            }
        }
        eligible.sort(Comparator.comparing(PrizeDraw::key));
        refused.sort(Comparator.comparing(Refusal::file).thenComparingLong(Refusal::line));
        return new Outcome(eligible, refused);
    }

    private Text refusal(ScoredSubmission s, Map<String, ScoredSubmission> byPhone,
                           Map<String, ScoredSubmission> byDevice) {
        QuizSubmission q = s.submission();
        if (keyGiven && !q.paper()) {
            switch (q.signature()) {
                case FORGED -> {
                    return Text.of("report.refused.forged", q.signedClaim());
                }
                case NONE -> {
                    return Text.of("report.refused.unsigned");
                }
                default -> { }
            }
        }
        for (String v : List.of(q.phone(), q.name())) {
            Excluded e = excluded.get(key(v));
            if (e != null) {
                return Text.of("report.refused.excluded", e.value(), e.where());
            }
        }
        String phone = ValueRules.normalisePhone(q.phone());
        ScoredSubmission first = phone.isEmpty() ? null : byPhone.get(q.quiz() + "\u0000" + phone);
        if (first != null) {
            return Text.of("report.refused.same-phone", masked(phone), PrizeDraw.key(first),
                    first.submission().file() + ":" + first.submission().line());
        }
        first = q.paper() ? null : byDevice.get(q.quiz() + "\u0000" + q.client());
        if (first != null) {
            return Text.of("report.refused.same-device", PrizeDraw.key(first),
                    first.submission().file() + ":" + first.submission().line());
        }
        return null;
    }

    /** {@code 138****0000}: enough for staff to recognise, not the whole number in a report. */
    static String masked(String phone) {
        return phone.length() < 8 ? phone : phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
