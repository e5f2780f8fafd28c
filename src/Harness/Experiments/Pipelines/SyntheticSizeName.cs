namespace LeakSpec.Experiments.Pipelines;

/// <summary>Which synthetic size a profile is calibrated for (None: real data).</summary>
public enum SyntheticSizeName
{
    None,
    Tiny,
    Default,
}
