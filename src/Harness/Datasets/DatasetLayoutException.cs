namespace LeakSpec.Datasets;

/// <summary>The root or a file the dataset's layout needs is missing, or no known layout matches.</summary>
public sealed class DatasetLayoutException : DatasetException
{
    public DatasetLayoutException(string message, string? filePath = null)
        : base(Locate(filePath, null, message), filePath)
    {
    }
}
