namespace LeakSpec.Datasets;

/// <summary>A metadata file does not have the expected shape: wrong header, unparsable or out-of-range value.</summary>
public sealed class DatasetFormatException : DatasetException
{
    public DatasetFormatException(string filePath, int? line, string message, Exception? inner = null)
        : base(Locate(filePath, line, message), filePath, line, inner)
    {
    }
}
