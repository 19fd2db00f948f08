package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The notebooks' markdown keeps its equations out of Markdown's reach. Jupyter's Markdown renderer (and
 * GitHub's) read emphasis before MathJax sees the page, so an inline equation with two {@code *} (say
 * {@code $K^*_{a} - K^*_{b}$}) can lose characters to an italic span and reach the reader as raw TeX.
 * Such an equation writes {@code \ast}. In prose, a symbol with a subscript or a star ({@code N_f}, {@code K*})
 * pairs with the next {@code _} or {@code *} in the cell, even one inside an equation, and italicises the text
 * between: symbols are written as math ({@code $N_f$}, {@code $K^*$}). The browser check finds the damage
 * after rendering; this finds its cause in the source, without a browser.
 */
class NotebookMathTest {

    /** Inline math: a single-dollar span on one line (display math $$…$$ is skipped). */
    private static final Pattern INLINE = Pattern.compile("(?<!\\$)\\$(?!\\$)([^$\\n]+)\\$(?!\\$)");

    /** Display math, inline math and code spans: what Markdown's emphasis rules are not applied to here. */
    private static final Pattern PROTECTED = Pattern.compile("\\$\\$[\\s\\S]*?\\$\\$|\\$[^$]+\\$|`[^`]*`");

    /** A symbol written in prose: a subscript (N_f) or a one-letter name with a star (K*, v*). */
    private static final Pattern PROSE_SYMBOL = Pattern.compile("\\w_\\w|\\b[A-Za-z]\\*(?!\\*)");

    /** The symbols {@code markdown} writes in prose, outside equations and code. */
    static List<String> proseSymbols(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = PROSE_SYMBOL.matcher(PROTECTED.matcher(markdown).replaceAll(" "));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The inline equations in {@code markdown} with more than one {@code *}. */
    static List<String> starredTwice(String markdown) {
        List<String> out = new ArrayList<>();
        Matcher m = INLINE.matcher(markdown.replaceAll("\\$\\$[\\s\\S]*?\\$\\$", " "));
        while (m.find()) {
            if (m.group(1).chars().filter(ch -> ch == '*').count() > 1) out.add(m.group());
        }
        return out;
    }

    @Test
    void theRuleFindsTheEquationThatOnceReachedReadersAsRawTex() {
        assertEquals(List.of("$|\\ln K^*_{meas} - \\ln K^*_{pred}| \\le \\ln 4$"),
                starredTwice("within a factor of 4, $|\\ln K^*_{meas} - \\ln K^*_{pred}| \\le \\ln 4$ (the estimate)"));
        assertEquals(List.of(), starredTwice("$K^*$ and $\\ln K^*$ and $v^{\\ast}_a - v^{\\ast}_b$"));
        assertEquals(List.of(), starredTwice("$$\\ln K^* - \\ln K^*_0$$"), "display math is not inline");
    }

    @Test
    void theProseRuleFindsTheSymbolsThatItalicisedAClaim() {
        assertEquals(List.of("N_f", "K*", "K*"),
                proseSymbols("at N_f = 32, while K* spans, the measured K* is within $K^{\\ast}_{a}$ of `K*`"));
        assertEquals(List.of(), proseSymbols("**bold** and *italic* at $N_f = 32$, with $K^*$ and `x_i`"));
    }

    @Test
    void noNotebookWritesASymbolInProse() {
        List<String> problems = new ArrayList<>();
        for (Path nb : NotebookCitationTest.notebooks()) {
            for (NotebookCells.Cell c : NotebookCells.read(nb)) {
                if (!c.type().equals("markdown")) continue;
                List<String> found = proseSymbols(c.source());
                if (!found.isEmpty()) problems.add(nb.getFileName() + " cell " + c.index() + ": " + found + " (write them as math)");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noInlineEquationInTheNotebooksHasTwoStars() {
        List<String> problems = new ArrayList<>();
        for (Path nb : NotebookCitationTest.notebooks()) {
            for (NotebookCells.Cell c : NotebookCells.read(nb)) {
                if (!c.type().equals("markdown")) continue;
                for (String eq : starredTwice(c.source())) {
                    problems.add(nb.getFileName() + " cell " + c.index() + ": " + eq + " (write \\ast)");
                }
            }
        }
        assertTrue(NotebookCitationTest.notebooks().size() >= 8, "found too few notebooks");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
