using Synthesis.Models.Reactions.Neighbours;
using Synthesis.Server.Startup;

namespace Synthesis.Server.Options;

/// <summary>Where the server listens and what it loads; bound from the "Synthesis" configuration section.</summary>
public sealed class SynthesisOptions
{
    public const string Section = "Synthesis";

    /// <summary>host:port, HTTP/2 (cleartext unless <see cref="CertificatePath"/> is set). Port 0 picks a free port (tests).</summary>
    public string ListenAddress { get; set; } = "127.0.0.1:50051";

    /// <summary>host:port, HTTP/1.1: the web page, the HTTP/JSON routes and their OpenAPI description. Empty: not served.
    /// Kestrel without TLS cannot offer HTTP/1.1 and HTTP/2 on one port, hence two.</summary>
    public string HttpAddress { get; set; } = "127.0.0.1:8080";
    /// <summary>TLS certificate (PKCS#12 .pfx/.p12, or PEM with <see cref="CertificateKeyPath"/>); unset: cleartext, for loopback or behind a TLS proxy.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>PEM private key beside a PEM <see cref="CertificatePath"/>.</summary>
    public string? CertificateKeyPath { get; set; }

    /// <summary>Password of the certificate file or of its key, if any.</summary>
    public string? CertificatePassword { get; set; }

    /// <summary>LiteDB file; when unset, $SYNTHESIS_DB, else data/synthesis.db (as the CLI). Relative to the working directory.</summary>
    public string? Database { get; set; }

    /// <summary>Text-mined dataset imported on start-up when the database is empty.</summary>
    public string Dataset { get; set; } = "datasets/reactions/solid-state_dataset_2019-12-03.json.xz";

    /// <summary>Folder with the reaction model's weights; when unset, $SYNTHESIS_MODEL, else the shipped default (as the CLI).</summary>
    public string? ModelDirectory { get; set; }

    /// <summary>Folder of composition models (PropertyPredictor.PredictComposition): each sub-folder with a Roost model.json is a model named after it.</summary>
    public string PropertyModelDirectory { get; set; } = PropertyModels.DefaultCompositionFolder;

    /// <summary>Folder of structure models (PropertyPredictor.PredictStructure): each sub-folder with a Wren model.json is a model named after it.</summary>
    public string StructureModelDirectory { get; set; } = PropertyModels.DefaultStructureFolder;

    /// <summary>
    /// libtorch's threads for one operation (0: libtorch's default, one per core). The model executor runs one call at a
    /// time, and the small default model's operations are too small to split: with 1, a Predict over gRPC took 4.8 ms
    /// p50 (14.5 ms p99) against 7.4 ms (22 ms) with 2 on two quiet cores, and PredictBatch was as fast (1,092 against
    /// 1,086 reactions/s; bench/README.md). Raise it for a full-size model on many cores.
    /// </summary>
    public int TorchThreads { get; set; } = 1;

    /// <summary>cpu or cuda (falls back to the CPU with a warning).</summary>
    public string Device { get; set; } = "cpu";

    /// <summary>Exact neighbour search below "Synthesis:NeighbourSearch:ApproximateFrom" kept reactions, an approximate index from there on.</summary>
    public NeighbourSearchOptions NeighbourSearch { get; set; } = new();
}
