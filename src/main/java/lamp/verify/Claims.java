package lamp.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Checks claims and keeps a ledger of them. Each notebook states a claim, computes the numbers, and
 * calls one of these methods with the catalogued {@link Item}(s) the claim checks (an equation of the
 * paper, a THEORY.md check, a related paper's result), as values:
 * <pre>{@code
 * Claims.atMost("3.6", Related.DAM_2016_UPDATE, "no sweep of (M9) raises the DAM energy (M8)", maxRise, 0);
 * Claims.check("2.8", List.of(Spec.CHECK_12, Paper.EQ_16), "no update (M7) raises E_eff", rises == 0, evidence);
 * Claims.atMost("3.2", Evidence.IDENTITY, List.of(Paper.EQ_8), "(M5) with sharp features is (M8)", worst, 1e-9);
 * }</pre>
 * A claim is a test that could fail unless it says otherwise ({@link Evidence}: an identity, a test of
 * lamp's extension, an illustration); only tests make an item reproduced. A claim that holds is recorded and returned (it prints as {@code PASS …}); one that fails is
 * recorded and then thrown as {@link ClaimFailed}, so the notebook run stops loudly at that cell. An
 * item that cannot be checked numerically ({@link Item#notCheckable()}) cannot be named. The
 * reproduction summary reads the ledger back ({@link #read()}) and builds its table with
 * {@link Reproduction}.
 *
 * <p>The ledger is a folder of one small file per claim id: the system property {@code lamp.ledger}
 * or else {@code $LAMP_LEDGER} if set, else
 * {@code build/claims} under the project root (the nearest parent folder with a {@code pom.xml}),
 * else {@code lamp-claims} in the working directory.
 */
public final class Claims {
    private Claims() {}

    private static String notebook = "";

    /** Between the item ids of a ledger line (no item id contains it). */
    static final String ITEM_SEPARATOR = "; ";

    /** Names the notebook whose claims follow (written into the ledger). */
    public static String notebook(String name) {
        notebook = name == null ? "" : name;
        return "claims from " + notebook + " are recorded in " + shown(folder());
    }

    /** The folder as seen from the working directory (relative when it can be), so no machine's paths end up in outputs. */
    static String shown(Path dir) {
        Path cwd = Paths.get("").toAbsolutePath();
        Path abs = dir.toAbsolutePath().normalize();
        if (abs.getRoot() != null && abs.getRoot().equals(cwd.getRoot())) {
            return cwd.relativize(abs).toString().replace('\\', '/');
        }
        return abs.toString();
    }

    /** Records and returns the claim that checks {@code item} if {@code holds}; records and throws {@link ClaimFailed} otherwise. */
    public static Claim check(String id, Item item, String statement, boolean holds, String evidence) {
        return check(id, List.of(nonNull(id, item)), statement, holds, evidence);
    }

    /** Records and returns the claim that checks {@code items} if {@code holds}; records and throws {@link ClaimFailed} otherwise. */
    public static Claim check(String id, List<? extends Item> items, String statement, boolean holds, String evidence) {
        return check(id, Evidence.TEST, items, statement, holds, evidence);
    }

    /**
     * Records and returns the claim, of evidence {@code kind}, that checks {@code items} if {@code holds};
     * records and throws {@link ClaimFailed} otherwise. A claim that is not a {@link Evidence#TEST} (an
     * identity, a test of lamp's extension, an illustration) never makes an item "reproduced".
     */
    public static Claim check(String id, Evidence kind, List<? extends Item> items, String statement, boolean holds,
                              String evidence) {
        if (kind == null) throw new IllegalArgumentException("claim " + id + " names no evidence kind (Evidence.TEST, IDENTITY, …)");
        fileName(id);
        if (statement == null || statement.isBlank()) throw new IllegalArgumentException("claim " + id + " has an empty statement: say what it checks");
        if (items == null) throw new IllegalArgumentException("claim " + id + " names no item it checks");
        for (Item i : items) {
            nonNull(id, i);
            if (!i.checkable()) {
                throw new IllegalArgumentException("claim " + id + " names " + i.id() + ", which is not checkable numerically: "
                        + i.notCheckable().orElseThrow());
            }
        }
        Claim c = new Claim(id, List.copyOf(items), statement, notebook, evidence, holds, kind);
        write(c);
        if (!holds) throw new ClaimFailed(c);
        return c;
    }

    private static Item nonNull(String id, Item item) {
        if (item == null) throw new IllegalArgumentException("claim " + id + " names a null item");
        return item;
    }

    /** The claim that {@code actual} equals {@code expected} to relative tolerance {@code tolerance}. */
    public static Claim close(String id, Item item, String statement, double actual, double expected, double tolerance) {
        return close(id, List.of(nonNull(id, item)), statement, actual, expected, tolerance);
    }

    /** The claim that {@code actual} equals {@code expected} to relative tolerance {@code tolerance}. */
    public static Claim close(String id, List<? extends Item> items, String statement, double actual, double expected, double tolerance) {
        return close(id, Evidence.TEST, items, statement, actual, expected, tolerance);
    }

    /** The claim, of evidence {@code kind}, that {@code actual} equals {@code expected} to relative tolerance {@code tolerance}. */
    public static Claim close(String id, Evidence kind, List<? extends Item> items, String statement, double actual,
                              double expected, double tolerance) {
        double err = Math.abs(actual - expected) / Math.max(Math.abs(expected), Double.MIN_NORMAL);
        boolean ok = Double.isFinite(actual) && (actual == expected || err <= tolerance);
        return check(id, kind, items, statement, ok,
                String.format(Locale.ROOT, "got %.16g, expected %.16g (relative error %.2e, tolerance %.0e)", actual, expected, err, tolerance));
    }

    /** The claim that {@code value} ≤ {@code bound}. */
    public static Claim atMost(String id, Item item, String statement, double value, double bound) {
        return atMost(id, List.of(nonNull(id, item)), statement, value, bound);
    }

    /** The claim that {@code value} ≤ {@code bound}. */
    public static Claim atMost(String id, List<? extends Item> items, String statement, double value, double bound) {
        return atMost(id, Evidence.TEST, items, statement, value, bound);
    }

    /** The claim, of evidence {@code kind}, that {@code value} ≤ {@code bound}. */
    public static Claim atMost(String id, Evidence kind, List<? extends Item> items, String statement, double value, double bound) {
        return check(id, kind, items, statement, value <= bound, String.format(Locale.ROOT, "%.6g ≤ %.6g", value, bound));
    }

    /** The claim that {@code value} ≥ {@code bound}. */
    public static Claim atLeast(String id, Item item, String statement, double value, double bound) {
        return atLeast(id, List.of(nonNull(id, item)), statement, value, bound);
    }

    /** The claim that {@code value} ≥ {@code bound}. */
    public static Claim atLeast(String id, List<? extends Item> items, String statement, double value, double bound) {
        return atLeast(id, Evidence.TEST, items, statement, value, bound);
    }

    /** The claim, of evidence {@code kind}, that {@code value} ≥ {@code bound}. */
    public static Claim atLeast(String id, Evidence kind, List<? extends Item> items, String statement, double value, double bound) {
        return check(id, kind, items, statement, value >= bound, String.format(Locale.ROOT, "%.6g ≥ %.6g", value, bound));
    }

    /** Every claim recorded so far, sorted by id, as a table (id, items, claim, notebook, evidence, kind, result). */
    public static Table ledger() {
        List<Claim> claims = read();
        Table t = Table.create("claims");
        t.addColumns(StringColumn.create("id"), StringColumn.create("items"), StringColumn.create("claim"),
                StringColumn.create("notebook"), StringColumn.create("evidence"), StringColumn.create("kind"),
                StringColumn.create("result"));
        for (Claim c : claims) {
            t.stringColumn("id").append(c.id());
            t.stringColumn("items").append(c.itemIds());
            t.stringColumn("claim").append(c.statement());
            t.stringColumn("notebook").append(c.notebook());
            t.stringColumn("evidence").append(c.evidence());
            t.stringColumn("kind").append(c.kind().label());
            t.stringColumn("result").append(c.passed() ? "PASS" : "FAIL");
        }
        return t;
    }

    /**
     * The recorded claims, sorted by id. Each ledger file names its items by id ({@link Item#id()}),
     * read back with {@link Item#byId}; a file naming an unknown item fails, naming the file.
     */
    public static List<Claim> read() {
        Path dir = folder();
        List<Claim> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return out;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files.sorted()::iterator) {
                if (!p.getFileName().toString().endsWith(".tsv")) continue;
                String[] f = Files.readString(p, StandardCharsets.UTF_8).strip().split("\t", -1);
                if (f.length != 6 && f.length != 7) throw new IllegalStateException("ledger file " + p + " is malformed: " + f.length + " fields");
                List<Item> items = new ArrayList<>();
                for (String itemId : f[1].split(ITEM_SEPARATOR)) {
                    try {
                        items.add(Item.byId(itemId));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalStateException("ledger file " + p + " names an unknown item '" + itemId
                                + "' (written by an older lamp? Claims.clear() empties the ledger)", e);
                    }
                }
                out.add(new Claim(f[0], items, f[2], f[3], f[4], Boolean.parseBoolean(f[5]), kind(p, f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the claims ledger in " + dir, e);
        }
        out.sort((a, b) -> naturalCompare(a.id(), b.id()));
        return out;
    }

    /** The evidence kind of a ledger line: its seventh field, {@link Evidence#TEST} for a line without one. */
    private static Evidence kind(Path p, String[] f) {
        if (f.length < 7) return Evidence.TEST;
        try {
            return Evidence.valueOf(f[6]);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("ledger file " + p + " names an unknown evidence kind '" + f[6] + "'", e);
        }
    }

    /** Removes every recorded claim (a full run of the notebook runner starts with an empty ledger folder the same way). */
    public static void clear() {
        Path dir = folder();
        if (!Files.isDirectory(dir)) return;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) if (p.toString().endsWith(".tsv")) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear the claims ledger in " + dir, e);
        }
    }

    /** The ledger folder. */
    public static Path folder() {
        String prop = System.getProperty("lamp.ledger");
        if (prop != null && !prop.isBlank()) return Paths.get(prop);
        String env = System.getenv("LAMP_LEDGER");
        if (env != null && !env.isBlank()) return Paths.get(env);
        Path p = Paths.get("").toAbsolutePath();
        for (Path q = p; q != null; q = q.getParent()) {
            if (Files.exists(q.resolve("pom.xml")) && Files.isDirectory(q.resolve("src"))) return q.resolve("build").resolve("claims");
        }
        return p.resolve("lamp-claims");
    }

    private static void write(Claim c) {
        Path dir = folder();
        String line = String.join("\t", clean(c.id()), String.join(ITEM_SEPARATOR, c.items().stream().map(Item::id).toList()),
                clean(c.statement()), clean(c.notebook()),
                clean(c.evidence()), Boolean.toString(c.passed()), c.kind().name());
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(fileName(c.id())), line + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write claim " + c.id() + " to the ledger in " + dir, e);
        }
    }

    /** The longest ledger file name: well inside the 255 bytes of common file systems. */
    static final int MAX_FILE_NAME = 200;

    /**
     * The ledger file of claim {@code id}: letters, digits, '.' and '-' as they are, every other
     * character (the escape '_' included) as _hex_ of its code point, so two different ids never
     * share a file ("α.1" is "_3b1_.1", "3 1" is "3_20_1", "3_1" is "3_5f_1"). An id whose file name
     * would exceed {@value #MAX_FILE_NAME} characters is refused, as is an empty one.
     */
    static String fileName(String id) {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("claim id is empty");
        StringBuilder b = new StringBuilder();
        id.codePoints().forEach(cp -> {
            if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == '.' || cp == '-')) b.appendCodePoint(cp);
            else b.append('_').append(Integer.toHexString(cp)).append('_');
        });
        String name = b.append(".tsv").toString();
        if (name.startsWith(".")) name = "_2e_" + name.substring(1);     // no hidden files ("." and ".." included)
        if (name.length() > MAX_FILE_NAME) {
            throw new IllegalArgumentException("claim id '" + id.substring(0, Math.min(40, id.length())) + "…' (" + id.length()
                    + " characters) is too long for its ledger file name (" + name.length() + " of at most " + MAX_FILE_NAME
                    + " characters once escaped): use a short id such as \"3.7\"");
        }
        return name;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ');
    }

    /** Compares "B.10" after "B.9". */
    static int naturalCompare(String a, String b) {
        String[] x = a.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)"), y = b.split("(?<=\\D)(?=\\d)|(?<=\\d)(?=\\D)");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c;
            if (x[i].chars().allMatch(Character::isDigit) && y[i].chars().allMatch(Character::isDigit)) {
                c = Long.compare(Long.parseLong(x[i]), Long.parseLong(y[i]));
            } else {
                c = x[i].compareTo(y[i]);
            }
            if (c != 0) return c;
        }
        return Integer.compare(x.length, y.length);
    }

    /** Whether every claim in the ledger passed (false when the ledger is empty). */
    public static boolean allPassed() {
        List<Claim> all = read();
        return !all.isEmpty() && all.stream().allMatch(Claim::passed);
    }

}
