namespace Sangam.Bench.Ocr.Real;

/// <summary>A real document with its ground truth.</summary>
/// <param name="Path">Full path of the document file.</param>
/// <param name="Truth">What it prints.</param>
internal sealed record RealDocument(string Path, TruthDocument Truth);

/// <summary>
/// Pairs truth files with documents. Truth files live in a folder laid out like the documents
/// (<c>source/file.pdf.json</c>); a document is looked for under each corpus root in turn: the shared
/// corpus outside the repository (its licences do not let us commit it) and <c>corpus/documents</c>
/// for documents whose licence does. Several truth folders may be given (while truth is being written,
/// each reader's folder is partial): for each document the first folder that has its truth wins.
/// </summary>
internal sealed class RealCorpus(IReadOnlyList<string> truthFolders, IReadOnlyList<string> documentRoots)
{
    /// <summary>Overrides the default shared corpus root.</summary>
    public const string CorpusVariable = "SANGAM_REAL_CORPUS";

    /// <summary>The folder of the fetched documents, laid out as <c>owner__repo/file</c>; their truth is under <c>corpus/fetched</c> or <c>corpus/development</c>.</summary>
    public const string FetchedCorpusVariable = "SANGAM_FETCHED_CORPUS";

    public IReadOnlyList<string> TruthFolders { get; } = truthFolders;

    public IReadOnlyList<string> DocumentRoots { get; } = documentRoots;

    /// <summary>Truth files whose document is under none of the roots.</summary>
    public List<string> Unmatched { get; } = [];

    /// <summary>
    /// The truth folders given (separated by <see cref="Path.PathSeparator"/>), else <c>corpus/truth</c>; the corpus
    /// root given, else <see cref="CorpusVariable"/> or <c>../shared/corpus/real</c>, then <c>corpus/documents</c>.
    /// </summary>
    public static RealCorpus Locate(string? truthFolders, string? corpusRoot)
    {
        var shared = corpusRoot ?? Environment.GetEnvironmentVariable(CorpusVariable) ?? Path.Combine("..", "shared", "corpus", "real");
        return new RealCorpus(
            (truthFolders ?? Path.Combine("corpus", "truth")).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Select(RepositoryPaths.Resolve).ToList(),
            [RepositoryPaths.Resolve(shared), RepositoryPaths.Resolve(Path.Combine("corpus", "documents"))]);
    }

    /// <summary>
    /// A set of fetched documents: truth from <c>corpus/&lt;set&gt;/truth</c> (<c>fetched</c>, the holdout nobody looks at one
    /// by one, or <c>development</c>), documents under the folder given, else <see cref="FetchedCorpusVariable"/>.
    /// </summary>
    public static RealCorpus LocateFetched(string set, string? corpusRoot)
    {
        var root = corpusRoot ?? Environment.GetEnvironmentVariable(FetchedCorpusVariable)
            ?? throw new InvalidOperationException($"The fetched documents are not in the repository: set {FetchedCorpusVariable} or pass --corpus FOLDER (see corpus/fetched/README.md).");
        return new RealCorpus([RepositoryPaths.Resolve(Path.Combine("corpus", set, "truth"))], [RepositoryPaths.Resolve(root)]);
    }

    /// <summary>Every truth file with its document, in path order; truth files without a document are listed in <see cref="Unmatched"/>.</summary>
    public List<RealDocument> Load()
    {
        var truthFiles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in TruthFolders)
        {
            if (!Directory.Exists(folder))
            {
                throw new DirectoryNotFoundException($"No ground truth at {folder}: pass --truth FOLDER.");
            }

            foreach (var truthPath in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories))
            {
                truthFiles.TryAdd(Path.GetRelativePath(folder, truthPath)[..^".json".Length], truthPath);
            }
        }

        var documents = new List<RealDocument>();
        foreach (var (relative, truthPath) in truthFiles)
        {
            var document = DocumentRoots.Select(root => Path.Combine(root, relative)).FirstOrDefault(File.Exists);
            if (document is null)
            {
                Unmatched.Add(relative);
                continue;
            }

            documents.Add(new RealDocument(document, TruthDocument.Parse(File.ReadAllText(truthPath))));
        }

        return documents;
    }
}
