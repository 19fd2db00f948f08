package lamp.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The reproduction table: every catalogued {@link Item} (the paper's equations (1)–(28), sections,
 * figures and appendices; THEORY.md's checks; the related papers' results), the claims from the
 * ledger that check it, by notebook and claim id, and its status. A claim counts for an item when it
 * names that item ({@link Claim#items()}): nothing is matched by keywords.
 *
 * <pre>{@code
 * Reproduction r = Reproduction.of(Claims.read());
 * r.paper();      // KH2020, (1)–(28), §1–§4, Fig. 1–2, Appendices A and B
 * r.spec();       // THEORY.md §4, §5 checks 1–15 and exact values, §6
 * r.related();    // Hopfield 1982/1984, DAM 2016, Demircigil 2017, Ramsauer 2020, with the source
 * r.report().complete();
 * }</pre>
 */
public final class Reproduction {

    /** An item's status in this run. */
    public enum Status {
        /** Checked by claims that all passed. */
        REPRODUCED("reproduced"),
        /** Checked by at least one claim that failed. */
        FAILED("failed"),
        /** Checkable, but no claim in the ledger checks it. */
        NOT_RUN("not run"),
        /** No computation can check it ({@link Item#notCheckable()} says why). */
        NOT_CHECKABLE("not checkable numerically");

        private final String label;

        Status(String label) { this.label = label; }

        /** The status as the table shows it. */
        public String label() { return label; }
    }

    /** An item with the claims that check it. */
    public record Row(Item item, List<Claim> claims) {
        public Row {
            claims = List.copyOf(claims);
        }

        /** {@link Status#NOT_CHECKABLE} for an item no computation can check, else from its claims. */
        public Status status() {
            if (!item.checkable()) return Status.NOT_CHECKABLE;
            if (claims.isEmpty()) return Status.NOT_RUN;
            return claims.stream().allMatch(Claim::passed) ? Status.REPRODUCED : Status.FAILED;
        }

        /** The status with the reason when the item is not checkable numerically. */
        public String statusText() {
            Status s = status();
            return s == Status.NOT_CHECKABLE ? s.label() + ": " + item.notCheckable().orElseThrow() : s.label();
        }

        /** Where it is checked: "notebook: claim ids" per notebook, "; " between notebooks (empty when not checked). */
        public String checkedBy() {
            Map<String, List<String>> byNotebook = new LinkedHashMap<>();
            for (Claim c : claims) byNotebook.computeIfAbsent(c.notebook(), k -> new ArrayList<>()).add(c.id());
            return byNotebook.entrySet().stream()
                    .map(e -> (e.getKey() == null || e.getKey().isBlank() ? "?" : e.getKey()) + ": " + String.join(", ", e.getValue()))
                    .collect(Collectors.joining("; "));
        }
    }

    private final List<Claim> claims;

    private Reproduction(List<Claim> claims) {
        this.claims = List.copyOf(claims);
    }

    /** The reproduction over {@code claims} (e.g. {@link Claims#read()}). */
    public static Reproduction of(List<Claim> claims) {
        if (claims == null) throw new IllegalArgumentException("claim list is null");
        return new Reproduction(claims);
    }

    /** The item with the claims that name it. */
    public Row row(Item item) {
        if (item == null) throw new IllegalArgumentException("item is null");
        return new Row(item, claims.stream().filter(c -> c.checks(item)).toList());
    }

    /** The item's status. */
    public Status status(Item item) {
        return row(item).status();
    }

    /** One row per item, in the order given: item, source, statement, checked by, status. */
    public Table table(Collection<? extends Item> items) {
        if (items == null || items.isEmpty()) throw new IllegalArgumentException("no items given");
        StringColumn id = StringColumn.create("item"), source = StringColumn.create("source"),
                statement = StringColumn.create("statement"), checkedBy = StringColumn.create("checked by (notebook: claims)"),
                status = StringColumn.create("status");
        for (Item i : items) {
            Row r = row(i);
            id.append(i.key());
            source.append(i.source().label());
            statement.append(i.statement());
            checkedBy.append(r.checkedBy());
            status.append(r.statusText());
        }
        return Table.create("reproduction", id, source, statement, checkedBy, status);
    }

    /** The paper's statements, (1)–(28), sections, figures and appendices ({@link Paper}). */
    public Table paper() {
        return table(List.of(Paper.values())).setName("KH2020: every statement, the claims that check it, its status");
    }

    /** THEORY.md's checks ({@link Spec}). */
    public Table spec() {
        return table(List.of(Spec.values())).setName("THEORY.md §4–6: every check, the claims that check it, its status");
    }

    /** The related papers' results reproduced here, with their source ({@link Related}). */
    public Table related() {
        return table(List.of(Related.values())).setName("related papers: their results reproduced here, with the source");
    }

    /** One row per notebook: notebook, claims, passed, failed. */
    public Table byNotebook() {
        StringColumn name = StringColumn.create("notebook");
        IntColumn total = IntColumn.create("claims"), passed = IntColumn.create("passed"), failed = IntColumn.create("failed");
        for (String nb : notebooks()) {
            List<Claim> mine = claims.stream().filter(c -> nb.equals(c.notebook())).toList();
            name.append(nb);
            total.append(mine.size());
            passed.append((int) mine.stream().filter(Claim::passed).count());
            failed.append((int) mine.stream().filter(c -> !c.passed()).count());
        }
        return Table.create("claims per notebook", name, total, passed, failed);
    }

    /** The outcome over every item of the catalogue ({@link Item#all()}). */
    public Report report() {
        return report(Item.all());
    }

    /** The outcome over {@code items}. */
    public Report report(Collection<? extends Item> items) {
        List<String> failedClaims = claims.stream().filter(c -> !c.passed()).map(Claim::id).toList();
        List<String> notRun = new ArrayList<>(), failing = new ArrayList<>();
        int reproduced = 0, notCheckable = 0;
        for (Item i : items) {
            switch (row(i).status()) {
                case REPRODUCED -> reproduced++;
                case FAILED -> failing.add(i.id());
                case NOT_RUN -> notRun.add(i.id());
                case NOT_CHECKABLE -> notCheckable++;
            }
        }
        return new Report(claims.size(), failedClaims, items.size(), reproduced, notCheckable, notRun, failing, notebooks());
    }

    private List<String> notebooks() {
        return List.copyOf(claims.stream().map(Claim::notebook).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /**
     * The outcome over a set of items: the claims and which failed; how many items were reproduced,
     * cannot be checked numerically, were not run, or are checked by a failing claim; the notebooks.
     */
    public record Report(int claims, List<String> failedClaims, int items, int reproduced, int notCheckable,
                         List<String> notRun, List<String> failing, List<String> notebooks) {
        public Report {
            failedClaims = List.copyOf(failedClaims);
            notRun = List.copyOf(notRun);
            failing = List.copyOf(failing);
            notebooks = List.copyOf(notebooks);
        }

        /** At least one claim, and every claim passed. */
        public boolean allPassed() {
            return claims > 0 && failedClaims.isEmpty();
        }

        /** At least one claim, and every checkable item is reproduced by claims that all passed. */
        public boolean complete() {
            return claims > 0 && notRun.isEmpty() && failing.isEmpty();
        }

        /**
         * Returns this report when every claim passed and every checkable item is reproduced
         * ({@link #allPassed()} and {@link #complete()}); otherwise throws, with {@link #message()}.
         *
         * @throws IllegalStateException naming the failed claims and the items not reproduced
         */
        public Report require() {
            if (!allPassed() || !complete()) throw new IllegalStateException("the reproduction is not complete: " + message());
            return this;
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
            s.append("; of ").append(items).append(" items ").append(reproduced).append(" reproduced, ")
                    .append(notCheckable).append(" not checkable numerically");
            if (!notRun.isEmpty()) s.append("; not run: ").append(String.join(", ", notRun));
            if (!failing.isEmpty()) s.append("; checked by a failing claim: ").append(String.join(", ", failing));
            return s.toString();
        }
    }
}
