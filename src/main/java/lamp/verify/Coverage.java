package lamp.verify;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Which recorded claims check which statement of MATH.md §5 and of the paper: the reproduction
 * summary's coverage table.
 *
 * <p>A claim's reference names its sources, e.g. {@code "MATH §5.8"}, {@code "MATH M9"},
 * {@code "MATH §5.6, M11"}, {@code "MATH M5–M7"}, {@code "MATH §5 exact values"}, {@code "KH2020 §3"}.
 * {@link #tokens(String)} reads it into normalized tokens ({@code "MATH §5.8"}, {@code "MATH M9"},
 * {@code "MATH M5"}, {@code "MATH M6"}, {@code "MATH M7"}, {@code "MATH §5 exact values"}, …). An
 * {@link Item} (one §5 check, one exact-value bullet, one main claim of the paper) is covered by a
 * claim when one of its {@link Rule}s matches: the claim carries one of the rule's tokens and, if the
 * rule lists keywords, its reference or statement contains one of them (case-insensitive). Keywords
 * tell apart the bullets of "§5 exact values", which share one reference.
 *
 * <pre>{@code
 * List<Claim> claims = Claims.read();
 * Coverage.table(claims)               // one row per item: claim ids, notebooks, PASS / FAIL / MISSING
 * Coverage.Report r = Coverage.report(claims);
 * Claims.check("7.2", "MATH §5", "every item is covered", r.complete(), r.message());
 * }</pre>
 */
public final class Coverage {
    private Coverage() {}

    /** Item groups, in table order. */
    public static final String CHECKS = "MATH §5 checks", EXACT = "MATH §5 exact values", PAPER = "KH2020 main claims";

    /** Matches a claim carrying one of {@code tokens} whose reference or statement contains one of {@code keywords} (any, if none). */
    public record Rule(Set<String> tokens, List<String> keywords) {
        public Rule {
            tokens = Set.copyOf(tokens);
            keywords = List.copyOf(keywords);
        }

        /** A rule on tokens alone. */
        public static Rule of(String... tokens) {
            return new Rule(Set.of(tokens), List.of());
        }

        /** The same tokens, now also requiring one of {@code words}. */
        public Rule with(String... words) {
            return new Rule(tokens, Arrays.asList(words));
        }

        /** Whether {@code claim} matches. */
        public boolean matches(Claim claim) {
            Set<String> t = Coverage.tokens(claim.reference());
            if (t.stream().noneMatch(tokens::contains)) return false;
            if (keywords.isEmpty()) return true;
            String text = (claim.reference() + " " + claim.statement()).toLowerCase(Locale.ROOT);
            return keywords.stream().anyMatch(k -> text.contains(k.toLowerCase(Locale.ROOT)));
        }
    }

    /** One statement to cover: its group, a short key (e.g. "§5.6"), what it says, and the rules that match claims checking it. */
    public record Item(String group, String key, String statement, List<Rule> rules) {
        public Item {
            rules = List.copyOf(rules);
        }

        /** Whether {@code claim} checks this item. */
        public boolean coveredBy(Claim claim) {
            return rules.stream().anyMatch(r -> r.matches(claim));
        }
    }

    /** An item with the claims that check it. */
    public record Row(Item item, List<Claim> claims) {
        /** PASS if checked and every checking claim passed, FAIL if one failed, MISSING if none checks it. */
        public String result() {
            if (claims.isEmpty()) return "MISSING";
            return claims.stream().allMatch(Claim::passed) ? "PASS" : "FAIL";
        }
    }

    /**
     * The outcome over a list of claims: how many, which failed, which items are missing or failing,
     * and the notebooks the claims came from.
     */
    public record Report(int claims, List<String> failedClaims, List<String> missingItems, List<String> failingItems,
                         List<String> notebooks) {
        /** At least one claim, and every claim passed. */
        public boolean allPassed() {
            return claims > 0 && failedClaims.isEmpty();
        }

        /** At least one claim, and every item is checked by claims that all passed. */
        public boolean complete() {
            return claims > 0 && missingItems.isEmpty() && failingItems.isEmpty();
        }

        /** A one-paragraph account, naming what is wrong (an empty ledger says how to fill it). */
        public String message() {
            if (claims == 0) {
                return "the ledger is empty: no claims were recorded before this notebook ran. Run notebooks 00–06 first"
                        + " in the same run (./kernel-config/run-notebooks.sh runs every notebook in order), then this one";
            }
            StringBuilder s = new StringBuilder();
            s.append(claims).append(" claims from ").append(notebooks.size()).append(" notebooks (")
                    .append(String.join(", ", notebooks)).append(")");
            s.append(failedClaims.isEmpty() ? "; all passed" : "; FAILED: " + String.join(", ", failedClaims));
            if (!missingItems.isEmpty()) s.append("; not checked by any claim: ").append(String.join(", ", missingItems));
            if (!failingItems.isEmpty()) s.append("; checked by a failing claim: ").append(String.join(", ", failingItems));
            if (missingItems.isEmpty() && failingItems.isEmpty()) s.append("; all ").append(items().size()).append(" items covered");
            return s.toString();
        }
    }

    private static final List<Item> ITEMS = build();

    /** MATH.md §5 checks 1–12, its exact-value bullets, and the paper's main claims, in table order. */
    public static List<Item> items() {
        return ITEMS;
    }

    private static List<Item> build() {
        List<Item> l = new ArrayList<>();
        String[] checks = {
            "(M4) equals the finite-difference dE/dt along the flow, Models A, B, C",
            "E is non-increasing along trajectories when both Hessians are PSD",
            "a non-PSD Lagrangian makes dE/dt > 0 somewhere",
            "at a fixed point of (M2), v = ξᵀf + I and h = ξg",
            "fast-hidden limit: micro → effective trajectory as τ_h/τ_f → 0",
            "Model B update = ξᵀ softmax(βξq); 1000 patterns, N_f = 64, 10% flipped: one update retrieves",
            "classical Hopfield = (M8) with F = x²/2; 5 patterns in N_f = 100 are fixed points",
            "DAM n = 3 retrieves 200 patterns in N_f = 100 (≥ 90%); classical fails",
            "log-sum-exp stores K = 1000 ≫ N_f = 64: one update retrieves from 6 flips",
            "spherical model: E(c·v) = E(v), c > 0",
            "log-sum-exp Hessian β(diag p − ppᵀ), rows sum to 0; spherical Hessian annihilates v",
            "the discrete update (M7) never increases E_eff (Models A, B, C)",
        };
        for (int n = 1; n <= checks.length; n++) {
            l.add(new Item(CHECKS, "§5." + n, checks[n - 1], List.of(Rule.of("MATH §5." + n))));
        }
        Rule exact = Rule.of("MATH §5 exact values");
        l.add(new Item(EXACT, "log-sum-exp", "L = ln 6, activation (1/6, 1/3, 1/2), 36·Hessian at (0, ln 2, ln 3)",
                List.of(exact.with("log-sum-exp", "logsumexp", "ln 6", "ln6", "ln 2, ln 3"))));
        l.add(new Item(EXACT, "layer norm", "L = 2√5 and activation (−3, −1, 1, 3)/√5 at (1, 2, 3, 4)",
                List.of(exact.with("layer norm", "layernorm", "layer-norm"))));
        l.add(new Item(EXACT, "Model B one-hot", "β = 10: update (p₁, p₂, p₂), E = −0.5000090795737466; β → 0: the mean",
                List.of(exact.with("one-hot", "model b", "modern"))));
        l.add(new Item(EXACT, "binary DAM", "energies −16/−12, −16/−4, −64/+8, −64/−8 at the memory / one flip",
                List.of(exact.with("dam", "(m8)", "binary"))));
        l.add(new Item(EXACT, "blow-up", "v(t) = (1/(1 − eᵗ/3), 1/(1 + 4eᵗ)) blows up at t = ln 3; (0.5, 0.2) decays",
                List.of(exact.with("blow", "t = ln 3", "eᵗ", "e^t", "v(t)", "decay"))));
        l.add(new Item(EXACT, "Model C", "E(2, 0.5) = E(10, 2.5) = −0.30911403190905185; update → (1, 0), E = −1/3",
                List.of(exact.with("model c", "spherical"))));

        l.add(new Item(PAPER, "energy descent", "the energy (M3) never increases along (M2) for convex Lagrangians (M4)",
                List.of(Rule.of("MATH M4", "MATH §5.1", "MATH §5.2"))));
        l.add(new Item(PAPER, "fast-hidden reduction", "integrating out fast hidden neurons gives (M5)–(M7)",
                List.of(Rule.of("MATH M5", "MATH M6", "MATH M7", "MATH §5.5"))));
        l.add(new Item(PAPER, "DAM capacity beyond N_f", "dense associative memory stores more than 0.14 N_f patterns (K > N_f)",
                List.of(Rule.of("MATH §5.8"), Rule.of("MATH M8", "MATH M9", "MATH §3", "KH2020 §3").with("capacity"))));
        l.add(new Item(PAPER, "attention equivalence", "one update (M11) of Model B is softmax attention",
                List.of(Rule.of("MATH §5.6"), Rule.of("MATH M11").with("attention"))));
        l.add(new Item(PAPER, "spherical invariance", "Model C's energy depends on the direction of v only (M12)",
                List.of(Rule.of("MATH M12", "MATH §5.10"))));
        l.add(new Item(PAPER, "more memories than features", "N_h memories > N_f features with two-body synapses only",
                List.of(Rule.of("MATH §5.9"),
                        Rule.of("MATH §2", "MATH M5", "MATH M6", "MATH M7", "KH2020 §2", "MATH M2", "MATH M3")
                                .with("two-body", "N_h > N_f", "more memories"))));
        return List.copyOf(l);
    }

    private static final Pattern LABEL = Pattern.compile("\\bM(\\d+)(?:\\s*-\\s*M?(\\d+))?\\b");
    private static final Pattern SECTION = Pattern.compile("§\\s*(\\d+(?:\\.\\d+)*)");
    private static final Pattern CHECK_LIST = Pattern.compile("§\\s*5\\s*,?\\s*checks?\\s*(\\d+(?:\\s*(?:,|and|-)\\s*\\d+)*)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    /**
     * The tokens of a reference: each label (M9; ranges M5–M7 expand), section (§5.8; "§5 checks 6, 9" gives
     * §5.6 and §5.9; "§5 exact values" stays whole) prefixed by its source (MATH, KH2020, …: the first word
     * of its comma- or semicolon-separated part, else the previous part's).
     */
    public static Set<String> tokens(String reference) {
        Set<String> out = new LinkedHashSet<>();
        if (reference == null) return out;
        String ref = reference.replace('–', '-').replace('—', '-').replace('‑', '-').replace('−', '-');
        ref = expandCheckLists(ref);
        String source = "";
        for (String part : ref.split("[;,+]")) {
            Matcher w = WORD.matcher(part);
            while (w.find()) {
                String word = w.group();
                if (word.matches("M\\d+") || word.equalsIgnoreCase("check") || word.equalsIgnoreCase("checks")
                        || word.equalsIgnoreCase("and") || word.equalsIgnoreCase("exact") || word.equalsIgnoreCase("values")) {
                    continue;
                }
                int at = w.start();
                if (part.substring(0, at).contains("§") || LABEL.matcher(part.substring(0, at)).find()) break;
                source = word;
                break;
            }
            String prefix = source.isEmpty() ? "" : source + " ";
            Matcher m = LABEL.matcher(part);
            while (m.find()) {
                int a = Integer.parseInt(m.group(1)), b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
                for (int n = Math.min(a, b); n <= Math.max(a, b) && n - Math.min(a, b) < 50; n++) out.add(prefix + "M" + n);
            }
            Matcher s = SECTION.matcher(part);
            while (s.find()) {
                String sec = s.group(1);
                String rest = part.substring(s.end()).toLowerCase(Locale.ROOT);
                if (sec.equals("5") && rest.matches("\\s*exact values?\\b.*")) out.add(prefix + "§5 exact values");
                else out.add(prefix + "§" + sec);
            }
        }
        return out;
    }

    /** "MATH §5 checks 6, 9" → "MATH §5.6; MATH §5.9" (so the list survives the split on commas). */
    private static String expandCheckLists(String ref) {
        Matcher m = CHECK_LIST.matcher(ref);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String before = ref.substring(0, m.start());
            String[] parts = before.split("[;,+]");
            Matcher w = WORD.matcher(parts.length == 0 ? "" : parts[parts.length - 1]);
            String source = w.find() ? w.group() + " " : "";
            List<String> nums = new ArrayList<>();
            Matcher d = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)|(\\d+)").matcher(m.group(1));
            while (d.find()) {
                if (d.group(3) != null) nums.add(d.group(3));
                else for (int n = Integer.parseInt(d.group(1)); n <= Integer.parseInt(d.group(2)); n++) nums.add(Integer.toString(n));
            }
            String repl = nums.stream().map(n -> "§5." + n).collect(Collectors.joining("; " + source));
            m.appendReplacement(sb, Matcher.quoteReplacement(repl));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Every item with the claims that check it. */
    public static List<Row> rows(List<Claim> claims) {
        List<Row> out = new ArrayList<>();
        for (Item item : ITEMS) {
            out.add(new Row(item, claims.stream().filter(item::coveredBy).toList()));
        }
        return out;
    }

    /** The coverage table: group, item, statement, claims (ids), notebooks, result (PASS / FAIL / MISSING). */
    public static Table table(List<Claim> claims) {
        Table t = Table.create("coverage of MATH.md §5 and the paper's claims");
        StringColumn group = StringColumn.create("group"), key = StringColumn.create("item"),
                what = StringColumn.create("statement"), ids = StringColumn.create("claims"),
                books = StringColumn.create("notebooks"), result = StringColumn.create("result");
        for (Row r : rows(claims)) {
            group.append(r.item().group());
            key.append(r.item().key());
            what.append(r.item().statement());
            ids.append(r.claims().stream().map(Claim::id).collect(Collectors.joining(", ")));
            books.append(String.join(", ", notebooks(r.claims())));
            result.append(r.result());
        }
        t.addColumns(group, key, what, ids, books, result);
        return t;
    }

    /** One row per notebook: notebook, claims, passed, failed. */
    public static Table byNotebook(List<Claim> claims) {
        Table t = Table.create("claims per notebook");
        StringColumn name = StringColumn.create("notebook");
        IntColumn total = IntColumn.create("claims"), passed = IntColumn.create("passed"), failed = IntColumn.create("failed");
        for (String nb : notebooks(claims)) {
            List<Claim> mine = claims.stream().filter(c -> nb.equals(c.notebook())).toList();
            name.append(nb);
            total.append(mine.size());
            passed.append((int) mine.stream().filter(Claim::passed).count());
            failed.append((int) mine.stream().filter(c -> !c.passed()).count());
        }
        t.addColumns(name, total, passed, failed);
        return t;
    }

    /** The report over {@code claims}. */
    public static Report report(List<Claim> claims) {
        List<String> failed = claims.stream().filter(c -> !c.passed()).map(Claim::id).toList();
        List<String> missing = new ArrayList<>(), failing = new ArrayList<>();
        for (Row r : rows(claims)) {
            String label = r.item().group().equals(CHECKS) ? r.item().key() : r.item().key() + " (" + r.item().group() + ")";
            if (r.result().equals("MISSING")) missing.add(label);
            else if (r.result().equals("FAIL")) failing.add(label);
        }
        return new Report(claims.size(), failed, missing, failing, notebooks(claims));
    }

    private static List<String> notebooks(List<Claim> claims) {
        return List.copyOf(claims.stream().map(Claim::notebook).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
