using LeakSpec.Datasets;

namespace LeakSpec.Experiments;

/// <summary>Writes the default-size synthetic dataset of a kind into a folder (in the real dataset's layout).</summary>
public delegate void SyntheticDatasetWriter(DatasetKind kind, int seed, string outDir);
