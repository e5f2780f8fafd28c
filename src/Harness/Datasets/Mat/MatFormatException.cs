namespace LeakSpec.Datasets.Mat;

/// <summary>A MAT file cannot be read: truncated, v7.3 (HDF5), or an element the reader does not know.</summary>
public sealed class MatFormatException : DatasetException
{
    public MatFormatException(string filePath, string? variable, string message, Exception? inner = null)
        : base(Locate(filePath, null, variable is null ? message : $"variable '{variable}': {message}"), filePath, null, inner)
    {
        Variable = variable;
    }

    /// <summary>The MAT variable being read when the problem was found (null before its name was read).</summary>
    public string? Variable { get; }
}
