using LeakSpec.Datasets;
using LeakSpec.Datasets.Mat;

namespace LeakSpec.Harness.Tests.Datasets;

/// <summary>The v5 MAT reader against files written by scipy.io.savemat (fixtures/datasets/make_fixtures.py).</summary>
[Trait("Category", "Fast")]
public sealed class MatFileTests
{
    private static string Mat(string name) => RepoPaths.Fixture("datasets", "mat", name);

    [Fact]
    public void Reads_small_elements_and_converts_numeric_storage_types()
    {
        // Given a file with one-letter names and tiny payloads (scipy packs them as small elements)
        // When it is read
        var mat = MatFile.Read(Mat("small_elements.mat"));

        // Then every variable has its scipy value, converted to double, column-major
        mat.Variables.Select(v => v.Name).Should().Equal("a", "b", "c", "s", "t", "m", "w");
        mat.Get("a").AsDoubles().Should().Equal(7.5);
        mat.Get("b").AsDoubles().Should().Equal(1, -2, 3);
        mat.Get("b").Class.Should().Be(MatClass.Int16);
        mat.Get("c").AsDoubles().Should().Equal(200, 3);
        mat.Get("s").AsDoubles().Should().Equal(0.25, 4.0);
        mat.Get("t").AsStrings().Should().Equal("ab");
        mat.Get("m").Dims.Should().Equal(2, 3);
        mat.Get("m").AsDoubles().Should().Equal(1, 4, 2, 5, 3, 6);
        mat.Get("w").AsStrings().Should().Equal("one", "two");
    }

    [Fact]
    public void Reads_compressed_elements_and_unicode_text()
    {
        // Given a zlib-compressed file holding an int16 vector and a non-ASCII string
        var mat = MatFile.Read(Mat("small_elements_compressed.mat"));

        // Then both decode
        mat.Get("b").AsDoubles().Should().Equal(1, -2, 3);
        mat.Get("u").AsStrings().Should().Equal("Grüße");
    }

    [Fact]
    public void Reads_big_endian_matlab_style_storage()
    {
        // Given a big-endian file holding a double array stored as miUINT8 and a compressed cell of miUINT16 chars
        // (packed by the fixture script and accepted by scipy.io.loadmat)
        var mat = MatFile.Read(Mat("matlab_style_big_endian.mat"));

        // Then the values are MATLAB's: doubles widened from bytes, strings from UTF-16 code units
        mat.Get("x").Class.Should().Be(MatClass.Double);
        mat.Get("x").AsDoubles().Should().Equal(3, 200, 0);
        mat.Get("names").Dims.Should().Equal(2, 1);
        mat.Get("names").AsStrings().Should().Equal("ab", "xyz");
    }

    [Fact]
    public void Reads_the_live_release_shapes()
    {
        // Given the LIVE fixture files (a 10x1 cell of names, a 1x10 double row)
        var names = MatFile.Read(RepoPaths.Fixture("datasets", "livec", "Data", "AllImages_release.mat")).Get("AllImages_release");
        var mos = MatFile.Read(RepoPaths.Fixture("datasets", "livec", "Data", "AllMOS_release.mat")).Get("AllMOS_release");

        // Then shapes and values are scipy's
        names.Class.Should().Be(MatClass.Cell);
        names.Dims.Should().Equal(10, 1);
        names.AsStrings().Take(8).Should().Equal("t1.bmp", "t2.bmp", "t3.bmp", "t4.bmp", "t5.bmp", "t6.bmp", "t7.bmp", "3.bmp");
        mos.Dims.Should().Equal(1, 10);
        mos.AsDoubles()[7].Should().Be(63.9634);
    }

    [Fact]
    public void Truncated_file_names_the_file_and_the_variable()
    {
        // Given a MOS file cut 20 bytes short
        var act = () => MatFile.Read(Mat("truncated_mos.mat"));

        // Then the error names the file, the variable and the truncation
        act.Should().Throw<MatFormatException>()
            .Where(e => e.FilePath == Mat("truncated_mos.mat") && e.Variable == "AllMOS_release" && e.Message.Contains("truncated"));
    }

    [Fact]
    public void Truncated_compressed_file_names_the_variable()
    {
        // Given a compressed names file cut in half
        var act = () => MatFile.Read(Mat("truncated_names_compressed.mat"));

        // Then the error still names the variable, read from the part that inflates
        act.Should().Throw<MatFormatException>()
            .Where(e => e.Variable == "AllImages_release" && e.Message.Contains("truncated"));
    }

    [Fact]
    public void V73_file_is_refused_with_a_conversion_hint()
    {
        // Given a file with the v7.3 header and the HDF5 signature at offset 512
        var act = () => MatFile.Read(Mat("v73_fake.mat"));

        // Then the error says v7.3 is unsupported and how to save as v7
        act.Should().Throw<MatFormatException>().Where(e => e.Message.Contains("v7.3") && e.Message.Contains("-v7"));
    }

    [Fact]
    public void Hdf5_signature_alone_is_recognised()
    {
        // Given a file whose header text does not say 7.3 but which has the HDF5 signature at 512
        using var tmp = new TempDataset();
        var bytes = File.ReadAllBytes(Mat("v73_fake.mat"));
        "MATLAB 5.0 MAT-file"u8.CopyTo(bytes);
        File.WriteAllBytes(tmp.PathOf("x.mat"), bytes);

        // When it is read, Then it is refused as v7.3
        var act = () => MatFile.Read(tmp.PathOf("x.mat"));
        act.Should().Throw<MatFormatException>().Where(e => e.Message.Contains("HDF5"));
    }

    [Fact]
    public void Short_header_and_missing_variable_are_clear_errors()
    {
        // Given a 50-byte file and a real file asked for a variable it lacks
        using var tmp = new TempDataset();
        File.WriteAllBytes(tmp.PathOf("short.mat"), new byte[50]);
        var shortFile = () => MatFile.Read(tmp.PathOf("short.mat"));
        var missingVar = () => MatFile.Read(Mat("small_elements.mat")).Get("AllMOS_release");

        // Then each names what was expected
        shortFile.Should().Throw<MatFormatException>().Where(e => e.Message.Contains("128-byte"));
        missingVar.Should().Throw<MatFormatException>().Where(e => e.Variable == "AllMOS_release" && e.Message.Contains("a, b, c"));
    }

    [Fact]
    public void Asking_text_of_numbers_is_a_clear_error()
    {
        // Given a numeric variable, When read as strings, Then the error names the variable and the class found
        var act = () => MatFile.Read(Mat("small_elements.mat")).Get("a").AsStrings();
        act.Should().Throw<DatasetException>().Where(e => e.Message.Contains("'a'") && e.Message.Contains("Double"));
    }
}
