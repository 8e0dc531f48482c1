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
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
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
            DocumentStore.Entry.class, List.of("document", "problems"),
            Draft.class, List.of("source", "title", "date"),
            Page.class, List.of("source", "type", "title", "date", "tags", "html", "summary", "uri", "line", "lang"),
            Quiz.class, List.of("id", "source", "title", "introHtml", "date", "status", "passScore", "prizeScore",
                    "shuffle", "attempts", "opens", "closes", "submitUrl", "ask", "questions", "version", "salt", "draw",
                    "drawPerGroup", "counts"),
            Question.class, List.of("id", "titleHtml", "bodyHtml", "options", "points", "knowledge",
                    "explanationHtml", "line", "accepted", "numerals", "group"),
            QuizOption.class, List.of("html", "correct"),
            Problem.class, List.of("severity", "file", "line", "text"));

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
    void knowsEveryKindOfDocument() {
        assertThat(Document.class.getPermittedSubclasses())
                .as("Document permits a new type: teach EntryCodec (a tag, both directions), WRITTEN and "
                        + "ConversionCache.FORMAT")
                .allSatisfy(kind -> assertThat(WRITTEN).containsKey(kind));
    }

    @Test
    void roundTripsADifferentValueInEveryComponentOfEveryKind() {
        for (Class<?> kind : Document.class.getPermittedSubclasses()) {
            DocumentStore.Entry entry = entry(kind, false);

            assertThat(entry.document()).isInstanceOf(kind);
            assertThat(roundTrip(entry)).as(kind.getSimpleName()).isEqualTo(entry);
        }
        Quiz quiz = (Quiz) entry(Quiz.class, false).document();
        assertThat(quiz.questions().get(0).options()).isNotEmpty();
    }

    @Test
    void roundTripsNullsWhereverTheRecordsAllowThem() {
        for (Class<?> kind : Document.class.getPermittedSubclasses()) {
            DocumentStore.Entry entry = entry(kind, true);

            assertThat(entry.document().date()).isNull();
            assertThat(roundTrip(entry)).as(kind.getSimpleName()).isEqualTo(entry);
        }
        Quiz quiz = (Quiz) entry(Quiz.class, true).document();
        assertThat(quiz.prizeScore()).isNull();
        assertThat(quiz.opens()).isNull();
        DocumentStore.Entry empty = new DocumentStore.Entry(new Draft("", null, null), List.of());
        assertThat(roundTrip(empty)).isEqualTo(empty);
    }

    @Test
    void writesADifferentTagForEveryKind() {
        List<Byte> tags = Arrays.stream(Document.class.getPermittedSubclasses())
                .map(kind -> EntryCodec.encode(entry(kind, false))[3]).distinct().toList();

        assertThat(tags).hasSize(Document.class.getPermittedSubclasses().length);
    }

    @Test
    void keepsChineseTextEmptyStringsAndOffsetsExactly() {
        Page page = new Page("content/文章/a.adoc", "post", "社工日 — “周”", LocalDate.of(1999, 12, 31),
                List.of("社工", "", "ÿ"), "<p>正文 &amp; more 😀</p>", "", "文章/a.html", 0, "en");
        Quiz quiz = new Quiz("q", "content/quiz/q.adoc", "问答", "", LocalDate.of(2024, 2, 29), "draft", -1, 0,
                "none", Integer.MAX_VALUE, OffsetDateTime.of(2024, 3, 1, 23, 59, 59, 999_999_999, ZoneOffset.ofHours(-12)),
                OffsetDateTime.of(2024, 3, 2, 0, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 45)), "https://例子.中国/提交",
                List.of(), List.of(), "", "");
        List<Problem> problems = List.of(Problem.error("", 0, "整个构建"), Problem.warning("a.adoc", Integer.MIN_VALUE, "ä"));
        DocumentStore.Entry pageEntry = new DocumentStore.Entry(page, problems);
        DocumentStore.Entry quizEntry = new DocumentStore.Entry(quiz, problems);

        assertThat(roundTrip(pageEntry)).isEqualTo(pageEntry);
        Quiz back = (Quiz) roundTrip(quizEntry).document();
        assertThat(back).isEqualTo(quiz);
        assertThat(back.opens().getOffset()).isEqualTo(ZoneOffset.ofHours(-12));
        assertThat(back.closes().toString()).isEqualTo("2024-03-02T00:00+05:45");
    }

    @Test
    void rejectsBytesThatAreNotAWholeEntry() {
        byte[] bytes = EntryCodec.encode(entry(Quiz.class, false));

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
        DocumentStore.Entry entry = entry(Page.class, false);
        byte[] bytes = EntryCodec.encode(entry);
        byte[] padded = new byte[bytes.length + 10];
        System.arraycopy(bytes, 0, padded, 7, bytes.length);

        assertThat(EntryCodec.decode(padded, 7, bytes.length)).isEqualTo(entry);
    }

    private static DocumentStore.Entry roundTrip(DocumentStore.Entry entry) {
        byte[] bytes = EntryCodec.encode(entry);
        return EntryCodec.decode(bytes, 0, bytes.length);
    }

    /** An entry of one kind of document and two problems, with distinct values everywhere (or nulls, if asked). */
    private DocumentStore.Entry entry(Class<?> kind, boolean nulls) {
        return new DocumentStore.Entry((Document) sample(kind, nulls),
                List.of(sample(Problem.class, nulls), sample(Problem.class, nulls)));
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
                            && !Document.class.isAssignableFrom(types[i])) {
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
