using System.Text;

namespace MapDashboard.Web.Features.Admin;

/// <summary>Why an uploaded file was refused; each has its own sentence on the page (Admin.Upload.Error.*).</summary>
public enum UploadError { Missing, Empty, TooLarge, NotUtf8, Binary }

/// <summary>
/// An uploaded notice file checked before anything reads it: present, not empty, at most <see cref="MaxBytes"/>, valid
/// UTF-8 (a byte order mark is dropped), no NUL bytes.
/// </summary>
public sealed record NoticeUpload(string? Text, UploadError? Error)
{
    public const int MaxBytes = 2 * 1024 * 1024;

    /// <summary>The whole multipart request: the file and the form's few fields.</summary>
    public const long MaxRequestBytes = MaxBytes + 64 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async Task<NoticeUpload> ReadAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null) return new(null, UploadError.Missing);
        if (file.Length == 0) return new(null, UploadError.Empty);
        if (file.Length > MaxBytes) return new(null, UploadError.TooLarge);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return FromBytes(buffer.ToArray());
    }

    public static NoticeUpload FromBytes(byte[] bytes)
    {
        if (bytes.Length == 0) return new(null, UploadError.Empty);
        if (bytes.Length > MaxBytes) return new(null, UploadError.TooLarge);
        if (Array.IndexOf(bytes, (byte)0) >= 0) return new(null, UploadError.Binary);
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return new(null, UploadError.NotUtf8);
        }
        text = text.TrimStart('\uFEFF');
        return text.Trim().Length == 0 ? new(null, UploadError.Empty) : new(text, null);
    }
}
