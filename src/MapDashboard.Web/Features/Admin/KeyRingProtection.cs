using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using MapDashboard.Data.Accounts;
using Microsoft.AspNetCore.DataProtection;

namespace MapDashboard.Web.Features.Admin;

/// <summary>
/// Where the certificate that encrypts the Data Protection keys at rest is (section MapDashboard:DataProtection). The
/// password is read from a file (a mounted secret), never from configuration, and has no default.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "MapDashboard:DataProtection";

    /// <summary>A PKCS#12 (.pfx) file with the certificate and its private key; unset: keys are stored unencrypted.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>A file whose first line is the .pfx password; unset: the .pfx has no password.</summary>
    public string? CertificatePasswordFile { get; set; }
}

/// <summary>
/// Encrypts the Data Protection key ring (cookies, antiforgery tokens) before it is written to
/// accounts.data_protection_keys, when a certificate is configured. Without one the keys are stored as XML that only the
/// accounts role can read (README: "Data Protection keys"); with one, a copy of the database (a backup, a standby)
/// no longer carries usable keys. Every instance of a cluster needs the same certificate. A setting that names a
/// certificate that cannot be used stops the start, rather than silently storing keys in clear.
/// </summary>
public static class KeyRingProtection
{
    /// <summary>One key ring for every instance: in the accounts schema, encrypted when a certificate is configured.</summary>
    public static IDataProtectionBuilder AddSharedKeyRing(this IServiceCollection services, IConfiguration configuration) =>
        services.AddDataProtection().SetApplicationName("MapDashboard").PersistKeysToDbContext<AccountsDbContext>()
            .ProtectKeysAtRest(configuration);

    private static IDataProtectionBuilder ProtectKeysAtRest(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyRingOptions.Section).Get<KeyRingOptions>() ?? new KeyRingOptions();
        if (string.IsNullOrWhiteSpace(options.CertificatePath)) return builder;
        // Also registers the certificate for decrypting: keys written before a restart, or by the other instance, stay
        // readable (KeyRingProtectionTests).
        return builder.ProtectKeysWithCertificate(Load(options));
    }

    internal static X509Certificate2 Load(KeyRingOptions options)
    {
        var path = options.CertificatePath!;
        var setting = $"{KeyRingOptions.Section}:{nameof(KeyRingOptions.CertificatePath)}";
        if (!File.Exists(path)) throw new InvalidOperationException($"{setting}: no file at '{path}'.");
        var password = ReadPassword(options.CertificatePasswordFile);
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
        }
        catch (CryptographicException)
        {
            // The loader's message can echo details of the file; the setting's name is what an operator needs.
            throw new InvalidOperationException($"{setting}: '{path}' is not a PKCS#12 file this password opens.");
        }
        if (!certificate.HasPrivateKey)
            throw new InvalidOperationException($"{setting}: '{path}' has no private key, so keys written with it could never be read back.");
        return certificate;
    }

    private static string? ReadPassword(string? file)
    {
        if (string.IsNullOrWhiteSpace(file)) return null;
        var setting = $"{KeyRingOptions.Section}:{nameof(KeyRingOptions.CertificatePasswordFile)}";
        if (!File.Exists(file)) throw new InvalidOperationException($"{setting}: no file at '{file}'.");
        using var reader = new StreamReader(file);
        return reader.ReadLine() ?? "";
    }
}
