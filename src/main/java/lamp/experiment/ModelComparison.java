package lamp.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import lamp.limit.AssociativeMemory;
import lamp.limit.ModelSpec;
import lamp.memory.Memories;

/**
 * A retrieval experiment that runs several models side by side on the same memories, targets and
 * corruptions ({@link Capacity}, {@link Basin}): models are given as a {@link ModelSpec} (or its name,
 * read once into one) or built by a factory from ξ, and each becomes its own rows in the table.
 */
public abstract class ModelComparison<T extends ModelComparison<T>> extends RetrievalExperiment<T> {
    /** A model to test: its label in the table (null: the model's own name) and how to build it from ξ. */
    record Model(String label, Function<Memories, AssociativeMemory> factory) {}

    final List<Model> models = new ArrayList<>();

    ModelComparison() {}

    /**
     * Adds the model called {@code name} ({@link ModelSpec#parse}), labelled by that name: the name is read
     * once, here (an unknown name fails here, listing the known ones), and every trial builds from the spec.
     */
    public T and(String name) {
        ModelSpec spec = ModelSpec.parse(name);
        return and(name, spec::create);
    }

    /** Adds the model {@code spec}, labelled {@link ModelSpec#label()}. */
    public T and(ModelSpec spec) {
        if (spec == null) throw new IllegalArgumentException("model spec is null");
        return and(spec.label(), spec::create);
    }

    /** Adds a model to compare, labelled by its own name. */
    public T and(Function<Memories, AssociativeMemory> factory) {
        return and(null, factory);
    }

    /** Adds a model to compare, labelled {@code label}. */
    public T and(String label, Function<Memories, AssociativeMemory> factory) {
        if (factory == null) throw new IllegalArgumentException("model factory" + (label == null ? "" : " '" + label + "'") + " is null");
        models.add(new Model(label, factory));
        return self();
    }

    void requireModels() {
        if (models.isEmpty()) throw new IllegalArgumentException("no model given");
    }
}
