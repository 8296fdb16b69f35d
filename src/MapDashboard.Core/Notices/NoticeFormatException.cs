namespace MapDashboard.Core.Notices;

/// <summary>The text does not have the shape of a notice (no full-text marker, themes or measures missing or out of order).</summary>
public sealed class NoticeFormatException(string message) : Exception(message);
