namespace MapDashboard.Core.Notices;

/// <summary>
/// The text cannot be read as a notice: no themes, no measures, no known place, or parts out of order. The message is
/// one line saying what was not found, fit to show as is.
/// </summary>
public sealed class NoticeFormatException(string message) : Exception(message);
