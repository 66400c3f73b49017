using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Sangam.Ocr.Imaging;

namespace Sangam.Ocr.Recognition;

/// <summary>One character of a line reading: where its centre lies across the cut-out (pixels) and how sure the network was.</summary>
internal readonly record struct ReadCharacter(char Character, double Column, double Probability);

/// <summary>
/// PaddleOCR's PP-OCRv4 text-line recognition network run through ONNX Runtime: a cut-out holding one line of text in,
/// its characters with their positions out. It reads only lines it is given (no detection), which is what makes it
/// cheap enough for a second reading of the figures Tesseract is unsure of. One session serves every thread.
/// </summary>
internal sealed class LineRecognizer : IDisposable
{
    /// <summary>The network's input height; a line is scaled to it, keeping its proportions.</summary>
    private const int InputHeight = 48;

    /// <summary>Cut-outs wider than this (after scaling) are not read: a line that long is a table row, not a value.</summary>
    private const int MaximumInputWidth = 1600;

    private readonly InferenceSession _session;
    private readonly string _inputName;

    /// <summary>Output class → character; class 0 is CTC's blank.</summary>
    private readonly char[] _classes;

    public LineRecognizer(RecognitionModel model)
    {
        if (model.MissingFiles() is [var missing, ..])
        {
            throw new FileNotFoundException($"A PP-OCRv4 network file is missing: {missing} (scripts/lib.sh, ensure_line_model, fetches them).", missing);
        }

        _session = OnnxSessions.SingleThreaded(model.NetworkPath);
        _inputName = _session.InputMetadata.Keys.Single();
        _classes = Classes(File.ReadAllLines(model.CharactersPath));

        // A character list that is not the network's would turn every reading into other characters, silently.
        var outputs = _session.OutputMetadata.Values.Single().Dimensions;
        if (outputs is not [_, _, var classes] || classes != _classes.Length)
        {
            _session.Dispose();
            throw new InvalidDataException(
                $"The character list {model.CharactersPath} gives {_classes.Length} classes with the blank and the space; the network {model.NetworkPath} reads {string.Join('x', outputs)}.");
        }
    }

    /// <summary>The characters read on a grey cut-out holding one line, left to right; empty when it cannot be read.</summary>
    public IReadOnlyList<ReadCharacter> Read(GreyImage line)
    {
        var scale = (double)InputHeight / line.Height;
        var width = (int)Math.Ceiling(line.Width * scale);
        if (line.Height < 4 || width < 8 || width > MaximumInputWidth)
        {
            return [];
        }

        using var scaled = line.Scaled(scale);
        var input = Normalised(scaled, width);
        using var results = _session.Run([NamedOnnxValue.CreateFromTensor(_inputName, input)]);
        var output = results[0].AsTensor<float>();
        var (steps, classes) = (output.Dimensions[1], output.Dimensions[2]);
        var columnsPerStep = (double)width / steps / scale;
        return Decode(((DenseTensor<float>)output).Buffer.Span, steps, classes, columnsPerStep);
    }

    /// <summary>Grey levels to the network's input: three equal channels in [-1, 1].</summary>
    private static DenseTensor<float> Normalised(GreyImage scaled, int width)
    {
        var pixels = scaled.ToLuminance();
        var height = Math.Min(InputHeight, scaled.Height);
        var columns = Math.Min(width, scaled.Width);
        var tensor = new DenseTensor<float>([1, 3, InputHeight, width]);
        var plane = InputHeight * width;
        var buffer = tensor.Buffer.Span;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < columns; x++)
            {
                var value = (pixels[(y * scaled.Width) + x] / 127.5f) - 1f;
                var at = (y * width) + x;
                buffer[at] = value;
                buffer[plane + at] = value;
                buffer[(2 * plane) + at] = value;
            }
        }

        return tensor;
    }

    /// <summary>Greedy CTC decoding: the likeliest class at each step, repeats merged, blanks dropped.</summary>
    private List<ReadCharacter> Decode(ReadOnlySpan<float> output, int steps, int classes, double columnsPerStep)
    {
        var characters = new List<ReadCharacter>();
        var previous = 0;
        for (var step = 0; step < steps; step++)
        {
            var row = output.Slice(step * classes, classes);
            var best = 0;
            var probability = row[0];
            for (var index = 1; index < row.Length; index++)
            {
                if (row[index] > probability)
                {
                    (best, probability) = (index, row[index]);
                }
            }

            if (best != 0 && best != previous && best < _classes.Length)
            {
                characters.Add(new ReadCharacter(_classes[best], (step + 0.5) * columnsPerStep, probability));
            }

            previous = best;
        }

        return characters;
    }

    /// <summary>
    /// The dictionary's characters after the blank, then the space the network was trained with. Characters outside
    /// one UTF-16 unit, and full-width forms, are folded to what an invoice prints.
    /// </summary>
    private static char[] Classes(string[] dictionary)
    {
        var classes = new char[dictionary.Length + 2];
        classes[0] = '\0';
        for (var i = 0; i < dictionary.Length; i++)
        {
            var entry = dictionary[i];
            classes[i + 1] = entry.Length == 1 ? Folded(entry[0]) : '\uFFFD';
        }

        classes[^1] = ' ';
        return classes;
    }

    private static char Folded(char character) => character is >= '\uFF01' and <= '\uFF5E' ? (char)(character - 0xFEE0) : character;

    public void Dispose() => _session.Dispose();
}
