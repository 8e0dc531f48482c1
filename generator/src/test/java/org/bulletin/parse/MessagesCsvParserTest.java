package org.bulletin.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.bulletin.model.Message;
import org.bulletin.problem.Problem;
import org.bulletin.problem.Problems;
import org.junit.jupiter.api.Test;

class MessagesCsvParserTest {

    private final Problems problems = new Problems();

    private List<Message> parse(String csv) throws IOException {
        return MessagesCsvParser.parse(new StringReader(csv), "data/messages.csv", problems);
    }

    private List<String> errors() {
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void aVeryLongMessageIsShortenedWithAWarningAtItsLine() throws IOException {
        String huge = "很".repeat(3000);
        List<Message> m = parse("date,name,message,reply\n2022-03-15,a,short,\n2022-03-15,b," + huge + "," + huge + "\n");
        assertThat(m.get(0).message()).isEqualTo("short");
        assertThat(m.get(1).message()).hasSize(MessagesCsvParser.MAX_LENGTH).endsWith("…").startsWith("很很");
        assertThat(m.get(1).reply()).hasSize(MessagesCsvParser.MAX_LENGTH);
        assertThat(problems.sorted()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
                "3: the message has 3000 characters: the wall shows the first 1999 and …; shorten it or split it "
                        + "into several rows",
                "3: the reply has 3000 characters: the wall shows the first 1999 and …; shorten it or split it "
                        + "into several rows");
        assertThat(problems.sorted()).noneMatch(p -> p.isError());
    }

    @Test
    void takesOffTheFormulaGuardTheCollectorsReviewFileAdds() throws IOException {
        List<Message> m = parse("\uFEFFdate,name,message,reply,approved\n"
                + "2022-03-15,'@小王,'=1+1 是算术,'-谢谢,yes\n"
                + "2022-03-15,it's me,'plain quote stays,,yes\n");
        assertThat(m).extracting(Message::name).containsExactly("@小王", "it's me");
        assertThat(m).extracting(Message::message).containsExactly("=1+1 是算术", "'plain quote stays");
        assertThat(m.get(0).reply()).isEqualTo("-谢谢");
        assertThat(errors()).isEmpty();
    }

    @Test
    void readsFileWithByteOrderMarkAndCrLf() throws IOException {
        List<Message> m = parse("\uFEFFdate,name,message\r\n2022-03-15,颜阿姨,很好\r\n");
        assertThat(errors()).isEmpty();
        assertThat(m).containsExactly(new Message(LocalDate.of(2022, 3, 15), "颜阿姨", "很好", "", 2));
    }

    @Test
    void keepsCommasDoubledQuotesAndLineBreaksInsideQuotes() throws IOException {
        List<Message> m = parse("date,name,message,reply\n"
                + "2022-03-16,牛叔叔,\"第一行，有逗号, 还有\"\"引号\"\"\n第二行\",\"谢谢\r\n您\"\n"
                + "2022-03-17,,next,\n");
        assertThat(errors()).isEmpty();
        assertThat(m).hasSize(2);
        assertThat(m.get(0).message()).isEqualTo("第一行，有逗号, 还有\"引号\"\n第二行");
        assertThat(m.get(0).reply()).isEqualTo("谢谢\n您");
        assertThat(m.get(1).line()).as("line of a record after a multi-line field").isEqualTo(5);
        assertThat(m.get(1).name()).isEmpty();
    }

    @Test
    void skipsRowsNotApproved() throws IOException {
        List<Message> m = parse("date,name,message,approved\n2022-03-15,a,one,yes\n2022-03-15,b,two,no\n"
                + "2022-03-15,c,three,FALSE\n2022-03-15,d,four,\n");
        assertThat(errors()).isEmpty();
        assertThat(m).extracting(Message::name).containsExactly("a", "d");
    }

    @Test
    void columnsMayComeInAnyOrderAndOtherDateForms() throws IOException {
        List<Message> m = parse("message,date\nhello,2022/3/5\nhi,2022年3月6日\nhey,2022-03-07 10:30:00\n");
        assertThat(errors()).isEmpty();
        assertThat(m).extracting(Message::date).containsExactly(LocalDate.of(2022, 3, 5), LocalDate.of(2022, 3, 6),
                LocalDate.of(2022, 3, 7));
    }

    @Test
    void reportsUnclosedQuoteAtTheLineItStarts() throws IOException {
        parse("date,name,message\n2022-03-15,a,ok\n2022-03-16,b,\"never closed\nmore\n");
        assertThat(errors()).singleElement().asString().startsWith("data/messages.csv:3: a quoted field is not closed");
    }

    @Test
    void reportsQuoteInTheMiddleOfAField() throws IOException {
        parse("date,name,message\n2022-03-15,a,say \"hi\"\n");
        assertThat(errors()).singleElement().asString().startsWith("data/messages.csv:2: a quote in the middle");
    }

    @Test
    void reportsUnknownColumnOnTheHeaderLine() throws IOException {
        List<Message> m = parse("date,name,message,phone\n2022-03-15,a,b,123\n");
        assertThat(m).isEmpty();
        assertThat(errors()).singleElement().asString()
                .isEqualTo("data/messages.csv:1: unknown column \"phone\": the columns are date, name, message and optionally reply, approved");
    }

    @Test
    void reportsEveryBadDateAndMissingMessageWithItsLine() throws IOException {
        List<Message> m = parse("date,name,message\n2022-02-30,a,b\n2022-03-15,b,\"  \"\nyesterday,c,\n2022-03-15,d,fine\n");
        assertThat(m).extracting(Message::name).containsExactly("d");
        assertThat(errors()).containsExactly(
                "data/messages.csv:2: the date \"2022-02-30\" is not a date: write it as 2022-03-15",
                "data/messages.csv:3: the message is empty: add the text or remove the row",
                "data/messages.csv:4: the date \"yesterday\" is not a date: write it as 2022-03-15",
                "data/messages.csv:4: the message is empty: add the text or remove the row");
    }

    @Test
    void reportsRowWithTooManyFieldsAndMissingMessageColumn() throws IOException {
        parse("date,name,message\n2022-03-15,a,b,c\n");
        assertThat(errors()).singleElement().asString().startsWith("data/messages.csv:2: this row has 4 fields but the header has 3");
        Problems other = new Problems();
        MessagesCsvParser.parse(new StringReader("date,name\n2022-03-15,a\n"), "data/messages.csv", other);
        assertThat(other.sorted()).singleElement().extracting(Problem::format).asString()
                .startsWith("data/messages.csv:1: the header row has no \"message\" column");
    }

    @Test
    void reportsBadApprovedValue() throws IOException {
        parse("date,message,approved\n2022-03-15,b,maybe\n");
        assertThat(errors()).containsExactly("data/messages.csv:2: approved is \"maybe\": write yes or no");
    }
}
