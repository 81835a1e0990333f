using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Synthesis.Server.Options;

namespace Synthesis.Server.Startup;

/// <summary>Where and how Kestrel listens: HTTP/2 on one address, with TLS when a certificate is configured.</summary>
public static class Listening
{
    public static void Configure(KestrelServerOptions kestrel, SynthesisOptions options) =>
        kestrel.Listen(ListenAddress.Parse(options.ListenAddress, "Synthesis:ListenAddress"), listen =>
        {
            listen.Protocols = HttpProtocols.Http2;
            if (Certificate(options) is { } certificate) listen.UseHttps(certificate);
        });

    /// <summary>
    /// A warning for an address beyond loopback in cleartext, else null: the gRPC address without a certificate, or the
    /// HTTP/1.1 address of the page and JSON routes (always cleartext; meant for loopback or behind a TLS proxy).
    /// </summary>
    public static string? Warning(SynthesisOptions options)
    {
        var cleartext = new List<string>();
        if (string.IsNullOrWhiteSpace(options.CertificatePath) && !IPAddress.IsLoopback(ListenAddress.Parse(options.ListenAddress, "Synthesis:ListenAddress").Address))
            cleartext.Add(options.ListenAddress);
        if (!string.IsNullOrWhiteSpace(options.HttpAddress) && !IPAddress.IsLoopback(ListenAddress.Parse(options.HttpAddress, "Synthesis:HttpAddress").Address))
            cleartext.Add(options.HttpAddress);
        return cleartext.Count == 0 ? null
            : $"LISTENING ON {string.Join(" AND ", cleartext)} WITHOUT TLS: anyone who can reach this address can read and send requests in cleartext. " +
              "Set Synthesis:CertificatePath (and CertificateKeyPath/CertificatePassword) for gRPC, bind to 127.0.0.1, or put a TLS proxy in front.";
    }

    private static X509Certificate2? Certificate(SynthesisOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.CertificatePath)) return null;
        if (!File.Exists(options.CertificatePath)) throw Invalid($"Synthesis:CertificatePath: no certificate file '{options.CertificatePath}'");
        try
        {
            return string.IsNullOrWhiteSpace(options.CertificateKeyPath)
                ? X509CertificateLoader.LoadPkcs12FromFile(options.CertificatePath, options.CertificatePassword)
                : options.CertificatePassword is { Length: > 0 } password
                    ? X509Certificate2.CreateFromEncryptedPemFile(options.CertificatePath, password, options.CertificateKeyPath)
                    : X509Certificate2.CreateFromPemFile(options.CertificatePath, options.CertificateKeyPath);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or IOException)
        {
            throw Invalid($"Synthesis:CertificatePath: cannot load '{options.CertificatePath}': {e.Message}");
        }
    }

    private static OptionsValidationException Invalid(string message) =>
        new(SynthesisOptions.Section, typeof(SynthesisOptions), [message]);
}
