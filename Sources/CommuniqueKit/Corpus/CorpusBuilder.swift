import Foundation
import RaptorRDF
public import RDFModel

/// Reads every press release of a batch and builds one graph; a bad input is reported, never fatal.
///
/// Documents are independent: they are read and extracted on several threads, and handed on in input
/// order, so the output is the same whatever the number of threads.
///
/// ```swift
/// let result = CorpusBuilder(builder: DocumentGraphBuilder(scheme: try IdentifierScheme())).build(["Fixtures/press-releases"])
/// result.errors   // one InputError per file or folder that could not be read
/// ```
public struct CorpusBuilder: Sendable {
    public let builder: DocumentGraphBuilder
    public var reader = ReleaseFileReader()
    public var collector = InputCollector()
    /// Threads that read and extract documents.
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// How many documents the threads may run ahead of the one handed on, and how often progress is told.
    public var batchSize = 256
    /// Only the inputs of this part, when set (`--shard K/N`).
    public var shard: Shard? = nil
    /// Statements of Turtle grouped and written together when streaming.
    public var turtleBatch = 100_000

    public init(builder: DocumentGraphBuilder) {
        self.builder = builder
    }

    /// What an in-memory build produced.
    public struct Result: Sendable {
        public var graph: Graph
        /// The releases read, in input order.
        public var releases: [PressRelease]
        /// The documents they became, in input order.
        public var documents: [BuiltDocument]
        /// One error per input that could not be read, in input order.
        public var errors: [InputError]
    }

    /// What a streamed build wrote.
    public struct StreamResult: Sendable {
        /// The documents written, in input order.
        public var documents: [BuiltDocument]
        /// The statements written.
        public var statements: Int
        public var errors: [InputError]
    }

    /// Called after every `batchSize` documents and after the last, with the documents done and the documents in all.
    public typealias Progress = (_ done: Int, _ total: Int) -> Void

    /// The inputs of the files and folders named, and an error for each that gave none; throws before
    /// anything is read when two inputs would get one document IRI.
    public func plan(_ paths: [String]) throws(DocumentClash) -> (files: [InputFile], errors: [InputError]) {
        part(of: try inputs(of: paths))
    }

    /// Every input of the files and folders named, those of other parts of a sharded build too, and an error
    /// for each that gave none; throws when two inputs would get one document IRI.
    public func inputs(of paths: [String]) throws(DocumentClash) -> (files: [InputFile], errors: [InputError]) {
        let (files, errors) = collector.collect(paths)
        var owners: [String: String] = [:]
        for file in files {
            let iri = builder.scheme.document(fileName: file.name).value
            if let first = owners[iri] { throw DocumentClash(first: first, second: file.path, iri: iri) }
            owners[iri] = file.path
        }
        return (files, errors)
    }

    /// The inputs of this builder's part (all of them when it builds no part).
    public func part(of inputs: (files: [InputFile], errors: [InputError])) -> (files: [InputFile], errors: [InputError]) {
        // The clash check has seen every input, so that each part refuses the same builds.
        guard let shard else { return inputs }
        return (inputs.files.filter { shard.contains($0.name) }, inputs.errors)
    }

    /// Builds the graph of the files and folders named, in memory.
    public func build(_ paths: [String], progress: Progress? = nil) throws(DocumentClash) -> Result {
        let (files, collectErrors) = try plan(paths)
        var result = Result(graph: Graph(), releases: [], documents: [], errors: collectErrors)
        forEachDocument(files, progress: progress) { outcome in
            switch outcome {
            case .built(let file, let release, let graph):
                result.releases.append(release)
                result.documents.append(summary(of: file, graph))
                result.graph.formUnion(graph)
            case .failed(let error):
                result.errors.append(error)
            }
        }
        return result
    }

    func summary(of file: InputFile, _ graph: Graph) -> BuiltDocument {
        BuiltDocument(path: file.path, name: file.name, iri: builder.scheme.document(fileName: file.name).value, statements: graph.count)
    }

    /// A document read and extracted, or the error that stopped it.
    public enum Outcome: Sendable {
        case built(InputFile, PressRelease, Graph)
        case failed(InputError)
    }

    /// Reads and extracts the files on `jobs` threads, and hands each outcome on in file order while the
    /// files after it are extracted, so that writing overlaps extraction.
    public func forEachDocument(_ files: [InputFile], progress: Progress? = nil, _ handle: (Outcome) -> Void) {
        forEachProduct(of: files, progress: progress, worker: { { file in self.outcome(for: file) } }, handle)
    }

    /// Makes a product of each file on `jobs` threads and hands each on in file order as soon as it and
    /// those before it are made, at most `batchSize` files ahead of the one handed on. `worker` is called
    /// once per thread and gives the function that makes a file's product on that thread (which may keep
    /// what it needs between files). `progress` hears after every `batchSize` files and after the last.
    func forEachProduct<Product: Sendable>(of files: [InputFile], progress: Progress?,
                                           worker: @escaping @Sendable () -> (InputFile) -> Product,
                                           _ handle: (Product) -> Void) {
        guard !files.isEmpty else { return }
        let pipeline = ProductPipeline<Product>(count: files.count, window: batchSize)
        pipeline.start(threads: jobs) {
            let make = worker()
            return { make(files[$0]) }
        }
        for index in files.indices {
            handle(pipeline.take(index))
            if (index + 1) % batchSize == 0 || index + 1 == files.count { progress?(index + 1, files.count) }
        }
    }

    func outcome(for file: InputFile) -> Outcome {
        do {
            let release = try reader.read(file)
            // A document's graph is only merged or written: it keeps no query indexes. A release gives a few
            // hundred statements, about as many terms.
            var graph = Graph(indexed: false, capacity: 512)
            builder.add(release, to: &graph)
            return .built(file, release, graph)
        } catch {
            return .failed(error)
        }
    }
}
