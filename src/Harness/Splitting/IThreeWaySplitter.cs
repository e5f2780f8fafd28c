namespace LeakSpec.Splitting;

/// <summary>A splitter producing one train/validation/test partition from the group label of each item.</summary>
public interface IThreeWaySplitter
{
    /// <summary>Splits items 0..groups.Count-1; splitters that ignore grouping only use the count.</summary>
    ThreeWaySplit Split(IReadOnlyList<string> groups);
}
