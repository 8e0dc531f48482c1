package org.bulletin.incremental;

import org.bulletin.parse.DocumentStore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.bulletin.model.Document;
import org.bulletin.model.Draft;
import org.bulletin.model.Page;
import org.bulletin.problem.Problem;
import org.bulletin.model.Question;
import org.bulletin.model.Quiz;
import org.bulletin.model.QuizOption;
import org.bulletin.problem.Severity;
import org.bulletin.problem.Text;

/**
 * The binary form of a {@link DocumentStore.Entry}: a tag for the kind of its {@link Document} (one per
 * permitted type), then every record component in declaration order,
 * strings as a length and UTF-8 bytes (length -1 for null), dates as epoch days, date-times as epoch
 * day, nano of day and offset seconds, nullable values behind a presence byte. No reflection, so a new
 * process decodes its first entry as fast as its thousandth (Jackson's databind needed about half a
 * second to warm up in a C1-only JVM).
 *
 * <p>When a record of the model gains, loses or reorders a component, or {@link Document} permits a new
 * type, change both directions here and bump {@link ConversionCache#FORMAT} ({@code EntryCodecTest} fails
 * until the codec writes every component of every permitted type).
 */
final class EntryCodec {

    private EntryCodec() {
    }

    /** The tag written before a document, one per kind of {@link Document}. */
    static final int PAGE = 1;
    static final int QUIZ = 2;
    static final int DRAFT = 3;

    static byte[] encode(DocumentStore.Entry entry) {
        BinaryWriter out = new BinaryWriter();
        entry.document().match(new Document.Cases<Void>() {
            @Override
            public Void page(Page p) {
                out.integer(PAGE);
                out.string(p.source());
                out.string(p.type());
                out.string(p.title());
                out.date(p.date());
                out.strings(p.tags());
                out.string(p.html());
                out.string(p.summary());
                out.string(p.uri());
                out.integer(p.line());
                out.string(p.lang());
                return null;
            }

            @Override
            public Void quiz(Quiz q) {
                out.integer(QUIZ);
                quizFields(out, q);
                return null;
            }

            @Override
            public Void draft(Draft d) {
                out.integer(DRAFT);
                out.string(d.source());
                out.string(d.title());
                out.date(d.date());
                return null;
            }
        });
        out.integer(entry.problems().size());
        for (Problem problem : entry.problems()) {
            out.string(problem.severity().name());
            out.string(problem.file());
            out.integer(problem.line());
            out.string(problem.text().key());
            out.strings(problem.text().args());
        }
        return out.bytes();
    }

    private static void quizFields(BinaryWriter out, Quiz q) {
        out.string(q.id());
        out.string(q.source());
        out.string(q.title());
        out.string(q.introHtml());
        out.date(q.date());
        out.string(q.status());
        out.integer(q.passScore());
        out.nullableInteger(q.prizeScore());
        out.string(q.shuffle());
        out.nullableInteger(q.attempts());
        out.dateTime(q.opens());
        out.dateTime(q.closes());
        out.string(q.submitUrl());
        out.strings(q.ask());
        out.string(q.counts());
        out.integer(q.questions().size());
        for (Question question : q.questions()) {
            question(out, question);
        }
        out.string(q.version());
        out.string(q.salt());
        out.nullableInteger(q.draw());
        out.bool(q.drawPerGroup());
    }

    private static void question(BinaryWriter out, Question q) {
        out.string(q.id());
        out.string(q.titleHtml());
        out.string(q.bodyHtml());
        out.integer(q.options().size());
        for (QuizOption o : q.options()) {
            out.string(o.html());
            out.bool(o.correct());
        }
        out.integer(q.points());
        out.string(q.knowledge());
        out.string(q.explanationHtml());
        out.integer(q.line());
        out.strings(q.accepted());
        out.bool(q.numerals());
        out.string(q.group());
    }

    /**
     * Decodes what {@link #encode} wrote.
     *
     * @throws IllegalArgumentException (or another runtime exception) when the bytes are not an entry
     */
    static DocumentStore.Entry decode(byte[] bytes, int offset, int length) {
        BinaryReader in = new BinaryReader(bytes, offset, offset + length);
        int tag = in.integer();
        Document document = switch (tag) {
            case PAGE -> new Page(in.string(), in.string(), in.string(), in.date(), in.strings(), in.string(),
                    in.string(), in.string(), in.integer(), in.string());
            case QUIZ -> quiz(in);
            case DRAFT -> new Draft(in.string(), in.string(), in.date());
            default -> throw new IllegalArgumentException("unknown document tag " + tag);
        };
        int problemCount = in.count();
        List<Problem> problems = new ArrayList<>(problemCount);
        for (int i = 0; i < problemCount; i++) {
            problems.add(new Problem(Severity.valueOf(in.string()), in.string(), in.integer(),
                    new Text(in.string(), in.strings())));
        }
        in.end();
        return new DocumentStore.Entry(document, problems);
    }

    private static Quiz quiz(BinaryReader in) {
        String id = in.string();
        String source = in.string();
        String title = in.string();
        String introHtml = in.string();
        LocalDate date = in.date();
        String status = in.string();
        int passScore = in.integer();
        Integer prizeScore = in.nullableInteger();
        String shuffle = in.string();
        Integer attempts = in.nullableInteger();
        OffsetDateTime opens = in.dateTime();
        OffsetDateTime closes = in.dateTime();
        String submitUrl = in.string();
        List<String> ask = in.strings();
        String counts = in.string();
        int questionCount = in.count();
        List<Question> questions = new ArrayList<>(questionCount);
        for (int i = 0; i < questionCount; i++) {
            questions.add(question(in));
        }
        return new Quiz(id, source, title, introHtml, date, status, passScore, prizeScore, shuffle, attempts,
                opens, closes, submitUrl, ask, questions, in.string(), in.string(), in.nullableInteger(), in.bool(),
                counts);
    }

    private static Question question(BinaryReader in) {
        String id = in.string();
        String titleHtml = in.string();
        String bodyHtml = in.string();
        int optionCount = in.count();
        List<QuizOption> options = new ArrayList<>(optionCount);
        for (int i = 0; i < optionCount; i++) {
            options.add(new QuizOption(in.string(), in.bool()));
        }
        return new Question(id, titleHtml, bodyHtml, options, in.integer(), in.string(), in.string(), in.integer(),
                in.strings(), in.bool(), in.string());
    }
}
