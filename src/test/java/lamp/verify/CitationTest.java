package lamp.verify;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of KH2020 in lamp's Javadoc, README and docs names the number whose statement it
 * means ({@link Citations}, against {@link Paper}), and nothing cites a document a reader of the
 * repository does not have. The root scanned is the working directory, or {@code -Dlamp.citations.root}.
 */
class CitationTest {

    private static final Path ROOT = Path.of(System.getProperty("lamp.citations.root", "."));

    /** The texts scanned: every Java source under src (but this test's own examples), the README and docs/*.md. */
    static List<Path> texts() {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src/main/java", "src/test/java", "src/jmh/java")) {
            if (!Files.isDirectory(ROOT.resolve(dir))) continue;
            try (Stream<Path> java = Files.walk(ROOT.resolve(dir))) {
                java.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !p.endsWith("CitationTest.java") && !p.endsWith("Citations.java")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyCitationOfThePaperNamesTheNumberItMeans() {
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (Path p : texts()) {
            String text = p.toString().endsWith(".java") ? Citations.javaComments(read(p)) : read(p);
            problems.addAll(Citations.problems(text, ROOT.relativize(p).toString()));
            files++;
        }
        assertTrue(files > 100, "scanned only " + files + " files under " + ROOT.toAbsolutePath());
        assertTrue(problems.isEmpty(), problems.size() + " wrong citation(s):\n" + String.join("\n", problems));
    }

    @Test
    void theCataloguesOwnStatementsCiteThePaperRight() {
        List<String> problems = new ArrayList<>();
        for (Item i : Item.all()) {
            problems.addAll(Citations.problems(i.statement(), i.id()));
            // a paper item's statement names other equations bare: read them as the paper's numbers
            if (i instanceof Paper p) problems.addAll(Citations.problems("KH2020 " + p.key() + ": " + p.statement(), p.id()));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void nothingCitesADocumentOutsideTheRepository() {
        List<String> forbidden = List.of("MATH" + ".md", "../" + "shared", "/work/" + "shared");
        List<String> hits = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("src", "docs", "kernel-config")) {
            if (!Files.isDirectory(ROOT.resolve(dir))) continue;
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(java|md|py|sh|txt|json|properties)$")).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.add(ROOT.resolve("README.md"));
        for (Path p : files) {
            String text = read(p);
            for (String f : forbidden) if (text.contains(f)) hits.add(ROOT.relativize(p) + " cites " + f);
        }
        assertTrue(hits.isEmpty(), String.join("\n", hits));
        assertTrue(Files.isRegularFile(ROOT.resolve("docs/THEORY.md")), "docs/THEORY.md, which the citations point to, is missing");
    }

    @Test
    void theTheoryDocumentTablesEveryEquationAndStatesEveryCheck() {
        String theory = read(ROOT.resolve("docs/THEORY.md"));
        List<Integer> rows = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| \\((\\d+)\\) \\|").matcher(theory);
        while (m.find()) rows.add(Integer.parseInt(m.group(1)));
        List<Integer> all = new ArrayList<>();
        for (int n = 1; n <= 28; n++) all.add(n);
        assertEquals(all, rows, "the numbering table of docs/THEORY.md lists (1)–(28) once each, in order");
        String checks = theory.substring(theory.indexOf("## 5. Checks"), theory.indexOf("## 6."));
        for (int n = 1; n <= 18; n++) {
            assertTrue(checks.contains("\n" + n + ". **"), "docs/THEORY.md §5 states check " + n + " (" + Spec.check(n).id() + ")");
        }
        assertFalse(checks.contains("\n19. "), "docs/THEORY.md §5 has checks 1–18 only, as Spec.check does");
    }

    @Test
    void theCheckerCatchesTheOldShiftedNumbers() {
        // sentences lamp's Javadoc carried when the catalogue had Models B and C shifted by one or two numbers
        assertEquals(2, Citations.problems("""
                /**
                 * Two ways of computing the same quantity, compared at many states: e.g. (M5) evaluated term by
                 * term against (M10) = KH2020 (13) written out, or one update (M11) = KH2020 (14) against softmax
                 * attention (KH2020 (15), Ramsauer 2020).
                 */""", "Agreement.java").size());
        assertEquals(1, Citations.problems("Model C's energy E = −I·g − Σ_μ F(ξ_μ·g) (M12, KH2020 (20)): only the direction counts.",
                "x").size());
        assertEquals(1, Citations.problems("The log-sum-exp Hessian β(diag p − ppᵀ) is PSD (KH2020 (16)).", "x").size());
        assertEquals(1, Citations.problems("KH2020 §4: additive versus layer-coupled Lagrangians (lateral interactions).", "x").size());
        // bare numbers in a comment that cites KH2020 are the paper's numbers too (SphericalMemory's old Javadoc)
        List<String> bare = Citations.problems(Citations.javaComments("""
                /**
                 * Model C, spherical memory (KH2020 (17)–(22)): L_v = ‖v‖, so g = v/‖v‖.
                 *
                 * <pre>
                 *   E = −I·g − L_h(ξ v/‖v‖)                                      (M12), (20)
                 * </pre>
                 *
                 * The paper's hidden Lagrangian is additive, L_h = Σ_μ F(h_μ) (18); log-sum-exp is lamp's extension.
                 * The feature Hessian (I − ggᵀ)/‖v‖ annihilates v (21), so the α-term drops out of dE/dt.
                 */
                class SphericalMemory {}
                """), "SphericalMemory.java");
        assertEquals(3, bare.size(), String.join("\n", bare));
        assertTrue(bare.get(0).startsWith("SphericalMemory.java:5: '(20)' (in a block citing KH2020): KH2020 (20) is «Model C's feature Hessian"),
                bare.get(0));
        assertTrue(bare.get(1).startsWith("SphericalMemory.java:8: '(18)'") && bare.get(2).startsWith("SphericalMemory.java:9: '(21)'"),
                bare.get(1) + "\n" + bare.get(2));
        assertEquals(List.of(), Citations.problems("Model C (17) has no KH2020 citation in this paragraph.\n\nSo (18) is not read as one.", "x")
                .stream().filter(q -> q.contains("(18)")).toList());
        List<String> p = Citations.problems("the discrete update, KH2020 (29)", "Foo.java");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("Foo.java:1: 'KH2020 (29)': KH2020 numbers its equations (1)–(28), not (29)"), p.get(0));
    }

    @Test
    void javaCommentsKeepTheirLinesAndLeaveCodeOut() {
        String src = "/** KH2020 (4): dE/dt. */\nString s = \"KH2020 (29) // not a comment\";\nint x; // KH2020 (30) here\n";
        String comments = Citations.javaComments(src);
        assertEquals(src.length(), comments.length());
        assertFalse(comments.contains("(29)"));
        List<String> p = Citations.problems(comments, "A.java");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("A.java:3: 'KH2020 (30)'"), p.get(0));
    }

    @Test
    void rightCitationsPassInEveryForm() {
        assertEquals(List.of(), Citations.problems("""
                /**
                 * Model C, spherical memory (THEORY.md §3; KH2020 (17)–(22)): L_v = ‖v‖. The steady state
                 * h = ξg (KH2020 (5)) and the additive Lagrangians, KH2020 (6). Model C's free decay (KH2020 (19), (22)).
                 * The update at dt = τ_f, eq. (16), is attention; its Euler step is equation (15).
                 * Hopfield's 1984 energy, KH2020 Appendix B, (25) and (28). The examples of KH2020 §4: 64×64 images.
                 * The three-index tensor of KH2020 Fig. 1.
                 */""", "Ok.java"));
    }

    @Test
    void wrongCitationsFailInEveryFormAndSayWhatTheNumberIs() {
        List<String> p = Citations.problems("The Euler step with a general dt (KH2020 (16)) descends.", "Bad.md");
        assertEquals(1, p.size());
        assertTrue(p.get(0).contains("KH2020 (16) is «The step (15) at dt = τ_f"), p.get(0));
        assertEquals(1, Citations.problems("The energy, KH2020 (17)–(18) here.", "x").size(), "a range none of whose items is spoken of");
        assertEquals(1, Citations.problems("The energy KH2020 (13) and (19).", "x").size(), "each number of a list is checked");
        assertEquals(1, Citations.problems("The energy, eq. (1).", "x").size());
        assertEquals(1, Citations.problems("KH2020 §7 says so.", "x").size());
        assertEquals(1, Citations.problems("KH2020 Fig. 3 draws it.", "x").size());
        assertEquals(1, Citations.problems("The energy descends (KH2020 (30)–(31)).", "x").size());
    }
}
