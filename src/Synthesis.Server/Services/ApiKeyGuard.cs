using System.Security.Cryptography;
using System.Text;
using Grpc.Core;
using Synthesis.Server.Options;

namespace Synthesis.Server.Services;

/// <summary>
/// The check in front of every mutation: the call's "x-api-key" metadata against the configured key, compared in
/// constant time (over SHA-256 digests, so not even the length leaks). Neither key is ever logged or echoed.
/// </summary>
public sealed class ApiKeyGuard(CurationOptions options)
{
    public const string Header = "x-api-key";

    public void Require(ServerCallContext context)
    {
        if (string.IsNullOrEmpty(options.ApiKey))
            throw new RpcException(new Status(StatusCode.FailedPrecondition,
                $"reviews are disabled: this server has no API key; set {CurationOptions.Section}:ApiKey or the environment variable {CurationOptions.ApiKeyVariable} and restart it"));
        var given = context.RequestHeaders.GetValue(Header);
        if (given is null) throw new RpcException(new Status(StatusCode.Unauthenticated, $"a review needs the API key in the call metadata '{Header}'"));
        if (!CryptographicOperations.FixedTimeEquals(Digest(given), Digest(options.ApiKey)))
            throw new RpcException(new Status(StatusCode.Unauthenticated, $"the API key in '{Header}' is wrong"));
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
