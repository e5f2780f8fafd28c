using LeakSpec.Synthetic;

namespace LeakSpec.Harness.Tests.Synthetic;

/// <summary>MatV5Writer writes what scipy.io.savemat writes (golden files: fixtures/synthetic/, make_mat_golden.py).</summary>
[Trait("Category", "Fast")]
public sealed class MatV5WriterTests
{
    // The first 116 bytes are the free-text header; scipy dates it, the writer does not.
    private const int TextHeader = 116;

    [Fact]
    public void Cell_array_of_names_matches_scipy_byte_for_byte()
    {
        // Given the names scipy wrote
        string[] names = ["t1.bmp", "t7.bmp", "8.bmp", "104.JPG", "1169.bmp"];

        // When the writer writes them
        var bytes = MatV5Writer.CellRowOfStrings("AllImages_release", names);

        // Then the file equals scipy's after the text header
        bytes[TextHeader..].Should().Equal(Golden("golden_names.mat")[TextHeader..]);
        System.Text.Encoding.ASCII.GetString(bytes, 0, 10).Should().Be("MATLAB 5.0");
    }

    [Fact]
    public void Double_row_matches_scipy_byte_for_byte()
    {
        // Given the scores scipy wrote
        double[] mos = [47.5, 1.0 / 3.0, 0.0, 100.0, 56.75656521051538];

        // When the writer writes them, Then the bytes equal scipy's after the text header
        MatV5Writer.DoubleRow("AllMOS_release", mos)[TextHeader..].Should().Equal(Golden("golden_mos.mat")[TextHeader..]);
    }

    [Fact]
    public void Matrix_is_column_major_as_in_matlab()
    {
        // Given MATLAB's [1 2 3; 4 5 6] in column-major order
        double[] columnMajor = [1, 4, 2, 5, 3, 6];

        // When the writer writes a 2×3 matrix, Then the bytes equal scipy's
        MatV5Writer.DoubleMatrix("M", 2, 3, columnMajor)[TextHeader..].Should().Equal(Golden("golden_matrix.mat")[TextHeader..]);
    }

    [Fact]
    public void Wrong_element_count_is_refused_with_the_variable_name()
    {
        // When a 2×3 matrix is given 5 values, Then the error names the variable and the expected count
        var act = () => MatV5Writer.DoubleMatrix("M", 2, 3, [1, 2, 3, 4, 5]);
        act.Should().Throw<ArgumentException>().WithMessage("*M*6*5*");
    }

    private static byte[] Golden(string name) =>
        File.ReadAllBytes(RepoPaths.Fixture("synthetic", name));
}
