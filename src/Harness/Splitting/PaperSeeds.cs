namespace LeakSpec.Splitting;

/// <summary>The seeds of the five fixed splits per dataset, chosen once (the values the authors' code uses) and never changed.</summary>
public static class PaperSeeds
{
    public static IReadOnlyList<int> Five { get; } = [42, 69, 322, 1337, 9000];
}
