namespace LeakSpec.Datasets;

/// <summary>The five datasets of the paper. The catalog (<see cref="DatasetCatalog"/>) holds their facts.</summary>
public enum DatasetKind
{
    Tid2013,
    Kadid10k,
    Koniq10k,
    LiveC,
    Konvid1k,
}
