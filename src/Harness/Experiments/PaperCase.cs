using LeakSpec.Datasets;

namespace LeakSpec.Experiments;

/// <summary>One case of the paper as `leakspec replicate --case` names it, with the datasets its pipelines need.</summary>
/// <param name="Id">"1", "2", "3", "4", "deeprn" (or "general" for the claims no pipeline runs).</param>
/// <param name="Title">Heading of its report section.</param>
/// <param name="Source">The paper's table or figures it corresponds to.</param>
/// <param name="Datasets">The datasets its variants train on.</param>
public sealed record PaperCase(string Id, string Title, string Source, IReadOnlyList<DatasetKind> Datasets);
