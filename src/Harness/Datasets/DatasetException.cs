namespace LeakSpec.Datasets;

/// <summary>
/// Base of the harness's dataset errors. The message names the file, the line (or MAT variable) and what was
/// expected, so a user can fix the data without reading the loader's source.
/// </summary>
public class DatasetException : Exception
{
    public DatasetException(string message, string? filePath = null, int? line = null, Exception? inner = null)
        : base(message, inner)
    {
        FilePath = filePath;
        Line = line;
    }

    /// <summary>The file (or folder) the problem is in, when one is known.</summary>
    public string? FilePath { get; }

    /// <summary>The 1-based line of a text metadata file, when the problem is on one line.</summary>
    public int? Line { get; }

    /// <summary>Formats "file:line: message" the same way for every subclass.</summary>
    protected static string Locate(string? filePath, int? line, string message) =>
        (filePath, line) switch
        {
            (null, _) => message,
            (_, null) => $"{filePath}: {message}",
            _ => $"{filePath}:{line}: {message}",
        };
}
