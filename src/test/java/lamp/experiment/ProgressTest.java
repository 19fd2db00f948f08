package lamp.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void consoleRewritesOneLineInPlaceAndEndsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress p = Progress.console(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        p.point("point 1/2: long line");
        p.point("point 2/2");
        p.done();
        p.done();   // a second end adds nothing
        assertEquals("\rpoint 1/2: long line\rpoint 2/2           " + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aStatusLineSeesEveryPointAndOneEnd() {
        List<String> events = new ArrayList<>();
        Progress p = Progress.on(new StatusLine() {
            @Override
            public void show(String text) {
                events.add("show " + text);
            }

            @Override
            public void end() {
                events.add("end");
            }
        });
        p.point("1/2");
        p.point("2/2");
        p.done();
        assertEquals(List.of("show 1/2", "show 2/2", "end"), events);
    }

    @Test
    void linesGoToTheSinkOnePerPoint() {
        List<String> lines = new ArrayList<>();
        Progress p = Progress.lines(lines::add);
        p.point("a");
        p.point("b");
        p.done();
        assertEquals(List.of("a", "b"), lines);
    }
}
