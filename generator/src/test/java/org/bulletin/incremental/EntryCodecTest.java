package org.bulletin.incremental;

import org.bulletin.parse.DocumentStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bulletin.model.Page;
import org.bulletin.problem.Problem;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizOption;
import org.bulletin.problem.Severity;
import org.junit.jupiter.api.Test;

/**
 * The cache's binary codec. Entries are built by reflection with a different value in every record
 * component, so a component the codec forgets to write (or reads into the wrong place) fails here.
 */
class EntryCodecTest {

    /** The components the codec writes, in order. A record that changes must change EntryCodec and FORMAT. */
    private static final Map<Class<?>, List<String>> WRITTEN = Map.of(
            DocumentStore.Entry.class, List.of("draft", "page", "quiz", "problems"),
            Page.class, List.of("source", "type", "title", "date", "tags", "html", "summary", "uri", "line"),
            Quiz.class, List.of("id", "source", "title", "introHtml", "date", "status", "passScore", "prizeScore",
                    "shuffle", "attempts", "opens", "closes", "submitUrl", "ask", "questions", "version", "salt"),
            Question.class, List.of("id", "titleHtml", "bodyHtml", "options", "points", "knowledge",
                    "explanationHtml", "line"),
            QuizOption.class, List.of("html", "correct"),
            Problem.class, List.of("severity", "file", "line", "message"));

    private int counter;

    @Test
    void knowsEveryComponentOfEveryRecordItWrites() {
        WRITTEN.forEach((type, names) -> assertThat(Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName).toList())
                .as("%s changed: update EntryCodec (both directions), this list and ConversionCache.FORMAT",
                        type.getSimpleName())
                .isEqualTo(names));
    }

    @Test
    void roundTripsADifferentValueInEveryComponent() {
        DocumentStore.Entry entry = sample(DocumentStore.Entry.class, false);

        assertThat(entry.page()).isNotNull();
        assertThat(entry.quiz().questions().get(0).options()).isNotEmpty();
        assertThat(roundTrip(entry)).isEqualTo(entry);
    }

    @Test
    void roundTripsNullsWhereverTheRecordsAllowThem() {
        DocumentStore.Entry entry = sample(DocumentStore.Entry.class, true);
        assertThat(entry.quiz().date()).isNull();
        assertThat(entry.quiz().prizeScore()).isNull();
        assertThat(entry.quiz().opens()).isNull();
        assertThat(entry.page().date()).isNull();

        assertThat(roundTrip(entry)).isEqualTo(entry);
        DocumentStore.Entry empty = new DocumentStore.Entry(true, null, null, List.of());
        assertThat(roundTrip(empty)).isEqualTo(empty);
    }

    @Test
    void keepsChineseTextEmptyStringsAndOffsetsExactly() {
        Page page = new Page("content/文章/a.adoc", "post", "社工日 — “周”", LocalDate.of(1999, 12, 31),
                List.of("社工", "", "ÿ"), "<p>正文 &amp; more 😀</p>", "", "文章/a.html", 0);
        Quiz quiz = new Quiz("q", "content/quiz/q.adoc", "问答", "", LocalDate.of(2024, 2, 29), "draft", -1, 0,
                "none", Integer.MAX_VALUE, OffsetDateTime.of(2024, 3, 1, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(-12)),
                OffsetDateTime.of(2024, 3, 2, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 45)), "https://例子.中国/提交",
                List.of(), List.of(), "", "");
        DocumentStore.Entry entry = new DocumentStore.Entry(false, page, quiz,
                List.of(Problem.error("", 0, "整个构建"), Problem.warning("a.adoc", Integer.MIN_VALUE, "ä")));

        DocumentStore.Entry back = roundTrip(entry);

        assertThat(back).isEqualTo(entry);
        assertThat(back.quiz().opens().getOffset()).isEqualTo(ZoneOffset.ofHours(-12));
        assertThat(back.quiz().closes().toString()).isEqualTo("2024-03-02T00:00+05:45");
    }

    @Test
    void rejectsBytesThatAreNotAWholeEntry() {
        byte[] bytes = EntryCodec.encode(sample(DocumentStore.Entry.class, false));

        assertThatThrownBy(() -> EntryCodec.decode(bytes, 0, bytes.length - 1))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        assertThatThrownBy(() -> EntryCodec.decode(longer, 0, longer.length))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] badFlag = bytes.clone();
        badFlag[0] = 7;
        assertThatThrownBy(() -> EntryCodec.decode(badFlag, 0, badFlag.length))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void decodesFromTheMiddleOfABuffer() {
        DocumentStore.Entry entry = sample(DocumentStore.Entry.class, false);
        byte[] bytes = EntryCodec.encode(entry);
        byte[] padded = new byte[bytes.length + 10];
        System.arraycopy(bytes, 0, padded, 7, bytes.length);

        assertThat(EntryCodec.decode(padded, 7, bytes.length)).isEqualTo(entry);
    }

    private static DocumentStore.Entry roundTrip(DocumentStore.Entry entry) {
        byte[] bytes = EntryCodec.encode(entry);
        return EntryCodec.decode(bytes, 0, bytes.length);
    }

    /** An instance with a distinct non-default value in every component (or null where allowed, if asked). */
    private <T> T sample(Class<T> type, boolean nulls) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), nulls);
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            if (nulls) {
                for (int i = 0; i < values.length; i++) {
                    if (!types[i].isPrimitive() && !List.class.isAssignableFrom(types[i])
                            && types[i] != Page.class && types[i] != Quiz.class) {
                        Object kept = values[i];
                        values[i] = null;
                        try {
                            canonical.newInstance(values);
                        } catch (InvocationTargetException refused) {
                            values[i] = kept; // this component may not be null
                        }
                    }
                }
            }
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private Object value(Type type, boolean nulls) {
        int n = ++counter;
        if (type instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            return List.of(value(element, nulls), value(element, nulls));
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return "值" + n + " <p class=\"x\">é</p>";
        } else if (c == int.class || c == Integer.class) {
            return 1000 + n;
        } else if (c == boolean.class) {
            return true;
        } else if (c == LocalDate.class) {
            return LocalDate.of(2020, 1, 1).plusDays(n);
        } else if (c == OffsetDateTime.class) {
            return OffsetDateTime.of(2021, 5, 6, 7, 8, 9, n, ZoneOffset.ofHoursMinutes(8, n % 60));
        } else if (c == Severity.class) {
            return Severity.values()[n % Severity.values().length];
        } else if (c.isRecord()) {
            return sample(c, nulls);
        }
        throw new AssertionError("no sample value for " + c + ": teach EntryCodecTest (and EntryCodec) the type");
    }
}
