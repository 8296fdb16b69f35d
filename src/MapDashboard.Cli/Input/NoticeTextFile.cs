using System.Text;
using MapDashboard.Cli.Errors;

namespace MapDashboard.Cli.Input;

/// <summary>
/// Reads a notice file strictly before anything parses it: not empty, at most 5 MB, no NUL byte (binary), valid UTF-8
/// (a strict decoder, not one that silently puts U+FFFD in place of bad bytes). Each refusal is one line naming the file.
/// </summary>
internal static class NoticeTextFile
{
    public const long MaxBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Read(FileInfo file)
    {
        var path = file.FullName;
        if (!file.Exists) throw new CliException($"notice file not found: {path}");
        if (file.Length == 0) throw new CliException($"{path} is empty: a notice file holds the notice's text.");
        if (file.Length > MaxBytes)
            throw new CliException($"{path} is {file.Length / 1048576.0:0.0} MB; a notice file may be at most {MaxBytes / 1048576} MB.");
        var bytes = File.ReadAllBytes(path);
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0) throw new CliException($"{path} is a binary file (NUL byte at offset {nul}), not a notice text.");
        string text;
        try
        {
            text = Strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new CliException($"{path} is not UTF-8 text (invalid byte at offset {e.Index}); save it as UTF-8.");
        }
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        if (string.IsNullOrWhiteSpace(text)) throw new CliException($"{path} is empty (only white space): a notice file holds the notice's text.");
        return text;
    }
}
