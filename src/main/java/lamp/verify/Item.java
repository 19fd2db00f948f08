package lamp.verify;

import java.util.List;
import java.util.Optional;

/**
 * One statement a claim can check, as a value: an equation, section, figure or appendix of the paper
 * ({@link Paper}), a check or exact value of lamp's theory document docs/THEORY.md §4–6 ({@link Spec}), or a result of a related
 * paper ({@link Related}). Each knows its source, its statement, and whether it can be checked
 * numerically (and, when not, why). A claim names the items it checks ({@link Claims#check}); the
 * reproduction table ({@link Reproduction}) lists every item with the claims that check it.
 */
public sealed interface Item permits Paper, Spec, Related {
    /** Where the statement comes from. */
    Source source();

    /** The item's short key within its source, e.g. {@code "(4)"}, {@code "§5.12"}, {@code "capacity"}. */
    String key();

    /** What the item states. */
    String statement();

    /** Why the item cannot be checked numerically, or empty when it can. */
    Optional<String> notCheckable();

    /** Whether a computation can check the item (a claim may name only such items). */
    default boolean checkable() {
        return notCheckable().isEmpty();
    }

    /** The unique id, source label and key: {@code "KH2020 (4)"}, {@code "THEORY §5.12"}, {@code "DAM 2016 capacity"}. */
    default String id() {
        return source().label() + " " + key();
    }

    /** Every item: the paper's, then the theory document's, then the related papers'. */
    static List<Item> all() {
        return Catalogue.ALL;
    }

    /** The item with {@code id} ({@link #id()}); an unknown id fails, naming it. */
    static Item byId(String id) {
        Item item = Catalogue.BY_ID.get(id);
        if (item == null) throw new IllegalArgumentException("unknown item '" + id + "'; ids look like 'KH2020 (4)', 'THEORY §5.12', 'DAM 2016 capacity'");
        return item;
    }
}
