using LeakSpec.Datasets;
using LeakSpec.Datasets.Mat;
using LeakSpec.IO;
using LeakSpec.Synthetic;

namespace LeakSpec.Harness.Tests.Datasets;

[Trait("Category", "Fast")]
public sealed class MatRoundTripTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Written_live_layout_loads_back(bool compress)
    {
        // Given a LIVE layout whose .mat files are written by MatV5Writer, plain and compressed (7 training names, then two images)
        using var tmp = new TempDataset("livec");
        string[] names = ["t1.bmp", "t2.bmp", "t3.bmp", "t4.bmp", "t5.bmp", "t6.bmp", "t7.bmp", "3.bmp", "1002.bmp"];
        double[] mos = [1, 2, 3, 4, 5, 6, 7, 12.5, 99.25];
        void Save(string name, byte[] file) => AtomicFile.WriteAllBytes(tmp.PathOf($"Data/{name}.mat"), compress ? MatV5Writer.Compressed(file) : file);
        Save("AllImages_release", MatV5Writer.CellRowOfStrings("AllImages_release", names));
        Save("AllMOS_release", MatV5Writer.DoubleRow("AllMOS_release", mos));
        Save("AllStdDev_release", MatV5Writer.DoubleRow("AllStdDev_release", new double[mos.Length]));

        // When the loader reads it
        var ds = DatasetLoader.Load(DatasetKind.LiveC, tmp.Root, new LoadOptions(AllowSubset: true));

        // Then the items are the written names and scores after the training images
        ds.Items.Select(i => i.Id).Should().Equal("3.bmp", "1002.bmp");
        ds.Items.Select(i => i.Score).Should().Equal(12.5, 99.25);
    }

    [Fact]
    public void Output_is_byte_identical_for_equal_content_and_matrices_keep_their_shape()
    {
        // Given the same 2x2 matrix written twice
        byte[] Write() => MatV5Writer.Compressed(MatV5Writer.DoubleMatrix("m", 2, 2, [1, 2, 3, 4]));

        // Then both byte arrays agree, and the reader sees a 2x2 column-major matrix
        Write().Should().Equal(Write());
        using var tmp = new TempDataset();
        File.WriteAllBytes(tmp.PathOf("m.mat"), Write());
        var m = MatFile.Read(tmp.PathOf("m.mat")).Get("m");
        m.Dims.Should().Equal(2, 2);
        m.AsDoubles().Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public void Invalid_variable_name_is_refused()
    {
        // Given a name MATLAB cannot load, Then the writer refuses it
        var act = () => MatV5Writer.DoubleMatrix("1bad-name", 1, 1, [0]);
        act.Should().Throw<ArgumentException>().WithMessage("*not a MATLAB variable name*");
    }
}
