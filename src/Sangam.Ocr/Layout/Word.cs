namespace Sangam.Ocr.Layout;

/// <summary>One recognised word: its text, where it is, and how sure the recogniser was (0-100).</summary>
public sealed record Word(string Text, Box Box, double Confidence);
