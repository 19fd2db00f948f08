package lamp.limit;

import lamp.memory.Memories;

/**
 * The limit models of THEORY.md §3 by name, so experiments can be written as
 * {@code Capacity.of("dam(3)")}: {@code Models.create(name, ξ)} is
 * {@code ModelSpec.parse(name).create(ξ)}; the names are listed at {@link ModelSpec}.
 */
public final class Models {
    private Models() {}

    /** The model called {@code name} over memories ξ; unknown names throw, listing the known ones. */
    public static AssociativeMemory create(String name, Memories xi) {
        return ModelSpec.parse(name).create(xi);
    }
}
