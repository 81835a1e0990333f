using System.Net;
using Microsoft.Extensions.Options;

namespace Synthesis.Server.Options;

/// <summary>Parses an ip:port setting ("localhost" allowed) into the endpoint Kestrel listens on.</summary>
public static class ListenAddress
{
    public static IPEndPoint Parse(string address, string setting) =>
        IPEndPoint.TryParse(address.Replace("localhost", "127.0.0.1", StringComparison.OrdinalIgnoreCase), out var endpoint)
            ? endpoint
            : throw new OptionsValidationException(SynthesisOptions.Section, typeof(SynthesisOptions),
                [$"{setting} must be ip:port, e.g. 127.0.0.1:8080; got '{address}'"]);
}
