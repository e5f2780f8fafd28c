namespace LeakSpec.Regression;

/// <summary>An SVR that cannot be trained or used: bad input, bad parameters, or libsvm missing.</summary>
public sealed class SvrException(string message) : Exception(message);
