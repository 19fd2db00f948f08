package lamp.verify;

/** Where a catalogued {@link Item} comes from: the paper, lamp's theory document (docs/THEORY.md), or a related paper. */
public enum Source {
    /**
     * D. Krotov, J. J. Hopfield, Large Associative Memory Problem in Neurobiology and Machine Learning, ICLR 2021,
     * arXiv:2008.06996.
     */
    KH2020("KH2020"),
    /**
     * lamp's theory document, docs/THEORY.md (its Lagrangian catalogue §4, the checks and exact values of §5, and
     * lamp's own estimates in §6).
     */
    THEORY("THEORY"),
    /**
     * J. J. Hopfield, Neural networks and physical systems with emergent collective computational abilities, PNAS 79,
     * 2554–2558 (1982).
     */
    HOPFIELD_1982("Hopfield 1982"),
    /**
     * J. J. Hopfield, Neurons with graded response have collective computational properties like those of two-state
     * neurons, PNAS 81, 3088–3092 (1984).
     */
    HOPFIELD_1984("Hopfield 1984"),
    /** D. Krotov, J. J. Hopfield, Dense Associative Memory for Pattern Recognition, NeurIPS 2016, arXiv:1606.01164. */
    DAM_2016("DAM 2016"),
    /**
     * M. Demircigil, J. Heusel, M. Löwe, S. Upgang, F. Vermet, On a model of associative memory with huge storage
     * capacity, J. Stat. Phys. 168, 288–299 (2017), arXiv:1702.01929.
     */
    DEMIRCIGIL_2017("Demircigil 2017"),
    /** H. Ramsauer et al., Hopfield Networks is All You Need, ICLR 2021, arXiv:2008.02217. */
    RAMSAUER_2020("Ramsauer 2020");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    /** The short name used in item ids and tables, e.g. {@code "DAM 2016"}. */
    public String label() { return label; }

    @Override
    public String toString() { return label; }
}
