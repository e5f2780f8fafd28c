namespace LeakSpec.Datasets.Mat;

/// <summary>
/// One array read from a MAT file: numeric arrays hold their values converted to double (column-major, as stored),
/// char arrays their rows as strings, cell arrays their elements. Other classes are listed but carry no data.
/// </summary>
public sealed class MatArray
{
    internal MatArray(string file, string name, MatClass cls, int[] dims, double[]? numbers, string[]? rows, MatArray[]? cells)
    {
        File = file;
        Name = name;
        Class = cls;
        Dims = dims;
        Numbers = numbers;
        Rows = rows;
        Cells = cells;
    }

    public string Name { get; }

    public MatClass Class { get; }

    public IReadOnlyList<int> Dims { get; }

    /// <summary>Numeric data converted to double, column-major; null for non-numeric classes.</summary>
    public IReadOnlyList<double>? Numbers { get; }

    /// <summary>A char array's rows (a 1×N char array is one string); null for other classes.</summary>
    public IReadOnlyList<string>? Rows { get; }

    /// <summary>A cell array's elements, column-major; null for other classes.</summary>
    public IReadOnlyList<MatArray>? Cells { get; }

    public int Count => Dims.Aggregate(1, (a, b) => a * b);

    private string File { get; }

    /// <summary>The values of a numeric array (any storage type), or a clear error naming the variable.</summary>
    public IReadOnlyList<double> AsDoubles() =>
        Numbers ?? throw new MatFormatException(File, Name, $"expected a numeric array, found class {Class}");

    /// <summary>
    /// The strings of a cell array of char arrays (one string per cell) or of a char matrix (one per row).
    /// </summary>
    public IReadOnlyList<string> AsStrings()
    {
        if (Rows is not null)
        {
            return Rows;
        }

        if (Cells is null)
        {
            throw new MatFormatException(File, Name, $"expected a cell array of strings or a char array, found class {Class}");
        }

        var result = new string[Cells.Count];
        for (var i = 0; i < Cells.Count; i++)
        {
            var rows = Cells[i].Rows;
            if (rows is null || rows.Count > 1)
            {
                throw new MatFormatException(File, Name, $"cell {i + 1}: expected a single-row char array, found class {Cells[i].Class} {string.Join('x', Cells[i].Dims)}");
            }

            result[i] = rows.Count == 0 ? string.Empty : rows[0];
        }

        return result;
    }
}
