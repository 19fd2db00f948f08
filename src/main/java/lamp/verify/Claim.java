package lamp.verify;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One checked statement: its id (e.g. {@code "3.7"}), the catalogued {@link Item}s it checks (an
 * equation of the paper, a check of docs/THEORY.md, a related paper's result), the statement as the notebook
 * words it, the notebook that checked it, the numbers that decided it, whether it held, and what kind of
 * evidence it is ({@link Evidence}: a test, an identity, a test of lamp's extension, an illustration).
 */
public record Claim(String id, List<Item> items, String statement, String notebook, String evidence, boolean passed,
                    Evidence kind) {
    public Claim {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("claim id is empty");
        if (kind == null) throw new IllegalArgumentException("claim " + id + " has no evidence kind (Evidence.TEST, IDENTITY, …)");
        if (items == null || items.isEmpty()) throw new IllegalArgumentException("claim " + id + " names no item it checks");
        for (Item i : items) {
            if (i == null) throw new IllegalArgumentException("claim " + id + " names a null item");
        }
        items = List.copyOf(items);
    }

    /** A claim whose evidence is a {@link Evidence#TEST}. */
    public Claim(String id, List<Item> items, String statement, String notebook, String evidence, boolean passed) {
        this(id, items, statement, notebook, evidence, passed, Evidence.TEST);
    }

    /** Whether the claim checks {@code item}. */
    public boolean checks(Item item) {
        return items.contains(item);
    }

    /** The items' ids joined by "; ", e.g. {@code "KH2020 (4); THEORY §5.1"}. */
    public String itemIds() {
        return items.stream().map(Item::id).collect(Collectors.joining("; "));
    }

    @Override
    public String toString() {
        return (passed ? "PASS " : "FAIL ") + id + " [" + itemIds() + "]"
                + (kind == Evidence.TEST ? "" : " (" + kind.label() + ")") + " " + statement + " — " + evidence;
    }
}
