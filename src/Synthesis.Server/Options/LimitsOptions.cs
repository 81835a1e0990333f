using Synthesis.Chemistry;

namespace Synthesis.Server.Options;

/// <summary>Request limits; bound from "Synthesis:Limits". The fixed bounds live in <see cref="InputLimits"/>.</summary>
public sealed class LimitsOptions
{
    public const string Section = "Synthesis:Limits";

    /// <summary>Reactions in one PredictBatch call, as configured; <see cref="EffectiveMaxBatchSize"/> is what applies.</summary>
    public int MaxBatchSize { get; set; } = InputLimits.MaxBatchSize;

    /// <summary>The configured batch size, never above <see cref="InputLimits.MaxBatchSize"/> and at least 1.</summary>
    public int EffectiveMaxBatchSize => Math.Clamp(MaxBatchSize, 1, InputLimits.MaxBatchSize);

    /// <summary>Model calls that may wait in each lane of the model executor before callers get RESOURCE_EXHAUSTED.</summary>
    public int ModelQueueLength { get; set; } = 256;

    /// <summary>Fuzzy searches scored at once (each takes a core), and how many more may wait for a turn.</summary>
    public int ConcurrentSearches { get; set; } = 1;
    public int WaitingSearches { get; set; } = 64;

    /// <summary>PredictBatch calls running at once, and how many more may wait for a turn.</summary>
    public int ConcurrentBatches { get; set; } = 1;
    public int WaitingBatches { get; set; } = 32;

    public int MaxReceiveMessageSize { get; set; } = 4 * 1024 * 1024;

    /// <summary>Queries per model call in PredictBatch: large enough to amortise the model, small enough to stream early and notice cancellation.</summary>
    public int PredictChunkSize { get; set; } = 256;
}
