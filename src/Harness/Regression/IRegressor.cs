namespace LeakSpec.Regression;

/// <summary>A trained regressor; disposing it frees native memory deterministically.</summary>
public interface IRegressor : IDisposable
{
    double[] Predict(IReadOnlyList<double[]> x);
}
