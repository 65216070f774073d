package cn.gongji.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Issue 13: views stay thin enough to read in one sitting — a page that grows is split into its parts (a card, a
 * dialog, a section of its own) before it passes about 300 lines. Counts the source files of every {@code …ui}
 * package.
 */
class ViewSizeTest {

    static final int MOST_LINES = 330;

    @Test
    void noViewSourceIsLongerThanAboutThreeHundredLines() throws IOException {
        Path sources = Path.of("src/main/java/cn/gongji/portal");
        List<Path> views;
        try (Stream<Path> files = Files.walk(sources)) {
            views = files.filter(p -> p.getParent().getFileName().toString().equals("ui"))
                    .filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertThat(views).as("the view sources were found").hasSizeGreaterThan(30);
        Map<String, Long> tooLong = views.stream().collect(Collectors.toMap(p -> sources.relativize(p).toString(),
                ViewSizeTest::lines)).entrySet().stream().filter(e -> e.getValue() > MOST_LINES)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(tooLong).as("views over %d lines: split them into parts", MOST_LINES).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
