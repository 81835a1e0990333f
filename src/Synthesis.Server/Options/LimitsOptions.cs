namespace Synthesis.Server.Options;

/// <summary>Request limits; bound from "Synthesis:Limits".</summary>
public sealed class LimitsOptions
{
    public const string Section = "Synthesis:Limits";

    public int MaxBatchSize { get; set; } = 1024;

    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Queries per model call in PredictBatch: large enough to amortise the model, small enough to stream early and notice cancellation.</summary>
    public int PredictChunkSize { get; set; } = 256;
}
