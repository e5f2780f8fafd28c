namespace LeakSpec.Datasets;

/// <summary>
/// The metadata parses but does not describe a sound dataset: duplicate id, a path outside the root, a listed
/// file that is missing, or an item count that differs from the catalog's.
/// </summary>
public sealed class DatasetIntegrityException : DatasetException
{
    public DatasetIntegrityException(string filePath, int? line, string message)
        : base(Locate(filePath, line, message), filePath, line)
    {
    }
}
