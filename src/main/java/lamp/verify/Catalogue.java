package lamp.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every {@link Item} in table order, and the lookup by id; ids are unique (checked when loaded). */
final class Catalogue {
    private Catalogue() {}

    static final List<Item> ALL;
    static final Map<String, Item> BY_ID;

    static {
        List<Item> all = new ArrayList<>();
        all.addAll(List.of(Paper.values()));
        all.addAll(List.of(Spec.values()));
        all.addAll(List.of(Related.values()));
        Map<String, Item> byId = new LinkedHashMap<>();
        for (Item i : all) {
            if (byId.put(i.id(), i) != null) throw new IllegalStateException("two items share the id '" + i.id() + "'");
        }
        ALL = List.copyOf(all);
        BY_ID = Map.copyOf(byId);
    }
}
