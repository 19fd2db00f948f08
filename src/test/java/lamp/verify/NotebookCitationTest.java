package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every cell a person wrote in the notebooks (markdown and code, not outputs) cites KH2020 by the numbers
 * it means ({@link Citations}, against {@link Paper}) and cites no document outside the repository. The
 * root scanned is the working directory, or {@code -Dlamp.citations.root}.
 */
class NotebookCitationTest {

    private static final Path ROOT = Path.of(System.getProperty("lamp.citations.root", "."));

    /** The notebooks under notebooks/, in order. */
    static List<Path> notebooks() {
        try (Stream<Path> files = Files.list(ROOT.resolve("notebooks"))) {
            return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyNotebookCellCitesThePaperByTheNumbersItMeans() {
        List<String> problems = new ArrayList<>();
        int cells = 0;
        List<Path> notebooks = notebooks();
        for (Path nb : notebooks) {
            for (NotebookCells.Cell c : NotebookCells.read(nb)) {
                problems.addAll(Citations.problems(c.source(), nb.getFileName() + " cell " + c.index()));
                cells++;
            }
        }
        assertTrue(notebooks.size() >= 8, "found only " + notebooks.size() + " notebooks under " + ROOT.toAbsolutePath());
        assertTrue(cells > 200, "scanned only " + cells + " cells");
        assertTrue(problems.isEmpty(), problems.size() + " wrong citation(s) in the notebooks:\n" + String.join("\n", problems));
    }

    @Test
    void noNotebookCellCitesADocumentOutsideTheRepository() {
        List<String> forbidden = List.of("MATH" + ".md", "../" + "shared", "/work/" + "shared");
        List<String> hits = new ArrayList<>();
        for (Path nb : notebooks()) {
            for (NotebookCells.Cell c : NotebookCells.read(nb)) {
                for (String f : forbidden) {
                    if (c.source().contains(f)) hits.add(nb.getFileName() + " cell " + c.index() + " cites " + f);
                }
            }
        }
        assertTrue(hits.isEmpty(), String.join("\n", hits));
    }

    @Test
    void theScanFindsAShiftedNumberInACell() {
        String json = """
                {"cells": [
                  {"cell_type": "markdown", "metadata": {}, "source": ["# Model B\\n", "The update (M11), KH2020 (14), is attention."]},
                  {"cell_type": "code", "metadata": {}, "execution_count": null, "outputs": [],
                   "source": "// the Hessians decide the sign of the rate, KH2020 (5)\\nint n = 1;"},
                  {"cell_type": "markdown", "metadata": {}, "source": "The update (M11), KH2020 (16): v \\u2190 \\u03bex."}
                ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
                """;
        List<NotebookCells.Cell> cells = NotebookCells.cells(json, "test.ipynb");
        assertEquals(3, cells.size());
        assertEquals("markdown", cells.get(0).type());
        assertEquals("# Model B\nThe update (M11), KH2020 (14), is attention.", cells.get(0).source());
        assertEquals("code", cells.get(1).type());
        assertEquals("The update (M11), KH2020 (16): v ← ξx.", cells.get(2).source());
        List<String> first = Citations.problems(cells.get(0).source(), "test.ipynb cell 0");
        assertEquals(1, first.size(), first.toString());
        assertTrue(first.get(0).contains("test.ipynb cell 0") && first.get(0).contains("KH2020 (14)"), first.get(0));
        assertEquals(1, Citations.problems(cells.get(1).source(), "test.ipynb cell 1").size(), "(5) is the steady state, not the Hessians");
        assertEquals(List.of(), Citations.problems(cells.get(2).source(), "test.ipynb cell 2"));
    }

    @Test
    void aNotebookThatIsNotJsonOrHasNoCellsFailsNamingIt() {
        var bad = assertThrows(IllegalArgumentException.class, () -> NotebookCells.cells("{\"cells\": [", "broken.ipynb"));
        assertTrue(bad.getMessage().startsWith("broken.ipynb is not valid JSON"), bad.getMessage());
        var none = assertThrows(IllegalArgumentException.class, () -> NotebookCells.cells("{\"metadata\": {}}", "empty.ipynb"));
        assertTrue(none.getMessage().contains("empty.ipynb is not a notebook"), none.getMessage());
    }
}
